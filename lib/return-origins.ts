/**
 * Where an application may send its users back to after a task it linked to
 * (`/account/security/password?returnTo=https://app.example.com/settings`). Only origins the
 * operator lists in `LOGTO_RETURN_ORIGINS` count; anything else is ignored. Pure: middleware
 * and the pages both use it.
 */

/** Parses the comma-separated origin list; undefined when an entry is not a bare origin. */
export function parseReturnOrigins(raw: string | undefined): string[] | undefined {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const origins: string[] = [];
  for (const entry of entries) {
    try {
      const url = new URL(entry);
      const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
      if (!['https:', 'http:'].includes(url.protocol) || !bare) return undefined;
      origins.push(url.origin);
    } catch {
      return undefined;
    }
  }
  return origins;
}

/** The HttpOnly cookie holding the app to return to, for 30 minutes. */
export const returnUrlCookie = 'portal_return_to';

/** Longest return URL kept; longer ones are ignored rather than bloating a cookie. */
const maxLength = 1024;

/** The URL to offer "Back to …" for, if its origin is allowed; otherwise undefined. */
export function allowedReturnUrl(
  value: string | null | undefined,
  origins: readonly string[],
): URL | undefined {
  if (!value || value.length > maxLength) return undefined;
  try {
    const url = new URL(value);
    if (url.username || url.password) return undefined;
    return origins.includes(url.origin) ? url : undefined;
  } catch {
    return undefined;
  }
}
