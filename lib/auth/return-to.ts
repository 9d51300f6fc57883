import { routes } from '@/lib/routes';

const probeOrigin = 'http://portal.invalid';

/**
 * Accepts only same-origin relative paths (`/account?tab=x`); anything else, including
 * protocol-relative `//host` and backslash tricks, falls back to `/account`.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return routes.account;
  }
  try {
    const url = new URL(value, probeOrigin);
    if (url.origin !== probeOrigin) return routes.account;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return routes.account;
  }
}
