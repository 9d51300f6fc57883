import { NextResponse, type NextRequest } from 'next/server';

import { unsavedReturnTo } from '@/lib/auth/return-to';
import { parseAvatarHosts } from '@/lib/avatar-hosts';
import { resolveBaseUrl } from '@/lib/base-url';
import { keptFor } from '@/lib/kept';
import { allowedReturnUrl, parseReturnOrigins, returnUrlCookie } from '@/lib/return-origins';
import {
  brandingSourcesOf,
  contentSecurityPolicy,
  createNonce,
  securityHeaders,
} from '@/lib/security/headers';

/** Mirror those in lib/auth/session.ts (middleware cannot import server-only code). */
const currentPathHeader = 'x-portal-path';
const formPostHeader = 'x-portal-form-post';

const isAccountPath = (pathname: string) =>
  pathname === '/account' || pathname.startsWith('/account/');

/** Read once per instance. A malformed list already stopped `next start` (next.config.ts). */
function avatarHosts(): string[] {
  try {
    return parseAvatarHosts(process.env.LOGTO_AVATAR_HOSTS);
  } catch {
    return [];
  }
}

// Each variable is named in full, so that this also works on the edge runtime, which exposes
// only the `process.env.X` reads it sees.
const baseUrl = resolveBaseUrl({
  LOGTO_BASE_URL: process.env.LOGTO_BASE_URL,
  VERCEL_ENV: process.env.VERCEL_ENV,
  VERCEL_PROJECT_PRODUCTION_URL: process.env.VERCEL_PROJECT_PRODUCTION_URL,
  VERCEL_BRANCH_URL: process.env.VERCEL_BRANCH_URL,
  VERCEL_URL: process.env.VERCEL_URL,
});

const returnOrigins = parseReturnOrigins(process.env.LOGTO_RETURN_ORIGINS) ?? [];

const staticOptions = {
  dev: process.env.NODE_ENV === 'development',
  https: baseUrl.startsWith('https://'),
  avatarHosts: avatarHosts(),
};

const endpoint = process.env.LOGTO_ENDPOINT?.replace(/\/+$/, '');

/**
 * With `LOGTO_AVATAR_HOSTS` set, pictures load only from listed hosts, so Logto's own origin and
 * the hosts of the tenant's logos are added. The sign-in experience is read at most every five
 * minutes per instance; a failed read adds only Logto's origin.
 */
const brandingSources = keptFor(
  () => 5 * 60_000,
  async (): Promise<string[]> => {
    if (!staticOptions.avatarHosts.length || !endpoint) return [];
    return [...new Set([new URL(endpoint).origin, ...(await logoSources(endpoint))])];
  },
);

/** The hosts of the tenant's logos, from the sign-in experience; none when Logto can't say. */
async function logoSources(endpoint: string): Promise<string[]> {
  try {
    const response = await fetch(`${endpoint}/api/.well-known/sign-in-exp`, {
      signal: AbortSignal.timeout(1500),
    });
    return response.ok ? brandingSourcesOf(await response.json()) : [];
  } catch {
    // Logto unreachable: pages will say so; logos may show as their alt text meanwhile.
    return [];
  }
}

/**
 * Every response gets the security headers, with a fresh CSP nonce that Next.js reads back from
 * the request's CSP header to stamp its own scripts.
 *
 * On `/account`, an optimistic gate only: no Logto session cookie → sign in first. The real check
 * is `requireSession()` in the data layer. It also tells server code which page the request is
 * for, so an expired session can come back to it (flagged `unsaved=1` after a form post).
 */
export async function middleware(request: NextRequest) {
  const options = {
    ...staticOptions,
    nonce: createNonce(),
    brandingSources: await brandingSources(),
  };
  const headers = securityHeaders(options);
  const withSecurityHeaders = (response: NextResponse) => {
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', contentSecurityPolicy(options));
  if (isAccountPath(pathname)) {
    const path = `${pathname}${search}`;
    const posted = request.method !== 'GET' && request.method !== 'HEAD';
    const hasSessionCookie = request.cookies.getAll().some(({ name }) => name.startsWith('logto_'));
    if (!hasSessionCookie) {
      const signIn = new URL('/sign-in', request.url);
      // After a form post, the page says on return that what was typed may be lost.
      signIn.searchParams.set('returnTo', posted ? unsavedReturnTo(path) : path);
      if (posted && request.headers.has('next-action')) {
        // A server action called with JavaScript: fetch() would follow an HTTP redirect into
        // Logto's cross-origin page and fail. Next's client loads `x-action-redirect` as a page.
        const target = `${signIn.pathname}${signIn.search}`;
        return withSecurityHeaders(
          new NextResponse(null, { headers: { 'x-action-redirect': `${target};push` } }),
        );
      }
      // 303 for a form post: the browser follows with GET (a 307 would re-POST to /sign-in).
      return withSecurityHeaders(NextResponse.redirect(signIn, posted ? 303 : 307));
    }
    requestHeaders.set(currentPathHeader, path);
    if (posted) requestHeaders.set(formPostHeader, '1');
    else requestHeaders.delete(formPostHeader);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    rememberReturnUrl(request, response);
    return withSecurityHeaders(response);
  }
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

/**
 * An app that links a user to a task (`/account/security/password?returnTo=https://app…`) gets a
 * "Back to …" link after it. Only origins in `LOGTO_RETURN_ORIGINS` are remembered.
 */
function rememberReturnUrl(request: NextRequest, response: NextResponse) {
  const url = allowedReturnUrl(request.nextUrl.searchParams.get('returnTo'), returnOrigins);
  if (!url) return;
  response.cookies.set(returnUrlCookie, url.href, {
    httpOnly: true,
    sameSite: 'lax',
    secure: staticOptions.https,
    path: '/account',
    maxAge: 30 * 60,
  });
}

export const config = {
  // Everything but Next's build assets, which are immutable files and carry no HTML.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
  // The Node.js runtime, like the pages: no edge sandbox to enter on every request.
  runtime: 'nodejs',
};
