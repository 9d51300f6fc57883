import { routes } from '@/lib/routes';
import type { Query } from '@/lib/query';

const probeOrigin = 'http://portal.invalid';

/**
 * The longest return address kept. It travels through Logto's sign-in cookie, which browsers drop
 * past 4 KB, so a longer one would break sign-in rather than just lose the address.
 */
export const maxReturnToLength = 512;

/** The query flag on a return address: a form was posted after the session had ended. */
export const unsavedParam = 'unsaved';

/**
 * Accepts only same-origin relative paths (`/account?tab=x`) of at most `maxReturnToLength`
 * characters; anything else, including protocol-relative `//host` and backslash tricks, falls
 * back to `/account`.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (
    !value ||
    value.length > maxReturnToLength ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\')
  ) {
    return routes.account;
  }
  try {
    const url = new URL(value, probeOrigin);
    if (url.origin !== probeOrigin) return routes.account;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.length > maxReturnToLength ? routes.account : path;
  } catch {
    return routes.account;
  }
}

/**
 * Where to come back to after a form was posted without a live session: the same page, flagged
 * so it can say that what was typed may not have been saved.
 */
export function unsavedReturnTo(path: string): string {
  const url = new URL(safeReturnTo(path), probeOrigin);
  url.searchParams.set(unsavedParam, '1');
  const flagged = `${url.pathname}${url.search}${url.hash}`;
  return flagged.length > maxReturnToLength ? `${routes.account}?${unsavedParam}=1` : flagged;
}

/** Whether a page's query carries the flag set by `unsavedReturnTo`. */
export function hasUnsavedFlag(query: Query): boolean {
  const value = query[unsavedParam];
  return (Array.isArray(value) ? value[0] : value) === '1';
}
