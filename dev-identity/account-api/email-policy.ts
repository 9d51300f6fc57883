import { assertThat, LogtoError } from '../errors';
import type { EmailBlocklistPolicy } from '../state/sign-in-experience';

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Gmail treats `googlemail.com` as `gmail.com` and ignores dots in the local part; compare the
 * canonical form (after v1.42.0).
 */
function canonical(local: string, domain: string): { local: string; domain: string } {
  const lowerDomain = domain.toLowerCase();
  if (GMAIL_DOMAINS.has(lowerDomain)) {
    return { local: local.toLowerCase().replaceAll('.', ''), domain: 'gmail.com' };
  }
  return { local: local.toLowerCase(), domain: lowerDomain };
}

/** A case-insensitive glob where `*` matches any run of characters. */
function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(value.toLowerCase());
}

/** Does a list item (`@domain` or `local@domain`, `*` wildcards allowed) match the email? */
function itemMatches(item: string, local: string, domain: string): boolean {
  const at = item.lastIndexOf('@');
  if (at < 0) {
    return false;
  }
  const itemDomain = item.slice(at + 1);
  const itemLocal = item.slice(0, at);
  const email = canonical(local, domain);
  const wanted = canonical(itemLocal, itemDomain);
  if (!globMatches(wanted.domain, email.domain)) {
    return false;
  }
  return itemLocal === '' || globMatches(wanted.local, email.local);
}

/**
 * Logto's `validateEmailAgainstBlocklistPolicy` for the stand-in: the domain must exist, then
 * subaddressing (a `+` in the local part) when blocked, then a non-empty allowlist, then the
 * blocklist. Disposable-domain checks are Cloud-only and left out.
 */
export function assertEmailAllowed(email: string, policy: EmailBlocklistPolicy): void {
  const at = email.lastIndexOf('@');
  const local = at < 0 ? '' : email.slice(0, at);
  const domain = at < 0 ? '' : email.slice(at + 1);
  assertThat(domain, 'session.email_blocklist.invalid_email');

  if (policy.blockSubaddressing && local.includes('+')) {
    throw new LogtoError('session.email_blocklist.email_subaddressing_not_allowed', {
      status: 422,
    });
  }
  const notAllowed = () =>
    new LogtoError('session.email_blocklist.email_not_allowed', {
      status: 422,
      interpolation: { email },
    });
  const allowlist = policy.customAllowlist ?? [];
  if (allowlist.length > 0 && !allowlist.some((item) => itemMatches(item, local, domain))) {
    throw notAllowed();
  }
  if ((policy.customBlocklist ?? []).some((item) => itemMatches(item, local, domain))) {
    throw notAllowed();
  }
}
