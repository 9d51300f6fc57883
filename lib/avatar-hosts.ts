/**
 * The hosts profile pictures may load from (`LOGTO_AVATAR_HOSTS`). The same list feeds the CSP's
 * `img-src` and the server-side check below, so an avatar the browser would block is never shown
 * as a broken image. Pure and dependency-free: middleware (edge runtime) parses it too.
 */

/** `cdn.example.com`, `*.example.com` or `localhost:3501`: CSP host-source syntax without scheme. */
const hostPattern =
  /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

export class AvatarHostsError extends Error {
  override name = 'AvatarHostsError';
}

/** Parses the comma-separated host list; throws an AvatarHostsError naming the bad entry. */
export function parseAvatarHosts(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of entries) {
    const [host = '', portText = '1'] = entry.split(':');
    const port = Number(portText);
    // `*.com` would let in the whole top-level domain: a wildcard needs a registrable name after it.
    const tooWide = host.startsWith('*.') && !host.slice(2).includes('.');
    if (!hostPattern.test(entry) || tooWide || port < 1 || port > 65535) {
      throw new AvatarHostsError(
        `must be a comma-separated list of host names such as cdn.example.com or *.example.com (without https://); "${entry}" is not one`,
      );
    }
  }
  return [...new Set(entries)];
}

/** Whether a parsed URL's host is one the operator listed (CSP host-source rules, any scheme). */
function isListedHost(url: URL, hosts: readonly string[]): boolean {
  return hosts.some((entry) => {
    const [host = '', port] = entry.split(':');
    // A source without a port only matches the scheme's default port, as in CSP.
    if ((port ?? '') !== url.port) return false;
    if (host.startsWith('*.')) return url.hostname.endsWith(host.slice(1));
    return url.hostname === host;
  });
}

/** Why a picture URL is refused; each reason has its own message for the person saving it. */
export type AvatarUrlProblem =
  'invalid' | 'credentials' | 'https' | 'ipAddress' | 'localhost' | 'notListed';

const isIpLiteral = (hostname: string) =>
  hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname);

const isLocalhost = (hostname: string) => {
  const name = hostname.replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
};

/**
 * What is wrong with a profile picture URL, or `null` when it may be saved and shown.
 * A host the operator lists in `LOGTO_AVATAR_HOSTS` is trusted as listed (`http:` included);
 * otherwise only `https:` URLs with a public host name pass, and with a list set, only listed
 * hosts. URLs with credentials never pass.
 */
export function avatarUrlProblem(url: string, hosts: readonly string[]): AvatarUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'https';
  if (parsed.username || parsed.password) return 'credentials';
  if (isListedHost(parsed, hosts)) return null;
  if (parsed.protocol !== 'https:') return 'https';
  if (isIpLiteral(parsed.hostname)) return 'ipAddress';
  if (isLocalhost(parsed.hostname)) return 'localhost';
  if (hosts.length) return 'notListed';
  return null;
}

/**
 * Whether the browser may load this avatar URL under the CSP's `img-src`: the listed hosts when
 * `LOGTO_AVATAR_HOSTS` is set, any public `https:` host when it is not.
 */
export function isAllowedAvatarUrl(url: string, hosts: readonly string[]): boolean {
  return avatarUrlProblem(url, hosts) === null;
}

/** The avatar URL when the CSP lets it load, else `null` (the initial-letter avatar shows). */
export function allowedAvatarUrl(
  url: string | null | undefined,
  hosts: readonly string[],
): string | null {
  return url && isAllowedAvatarUrl(url, hosts) ? url : null;
}
