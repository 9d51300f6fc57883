import { NextResponse, type NextRequest } from 'next/server';

/** Mirrors `currentPathHeader` in lib/auth/session.ts (middleware cannot import server-only code). */
const currentPathHeader = 'x-portal-path';

/**
 * Optimistic gate only: no Logto session cookie → sign in first. The real check is
 * `requireSession()` in the data layer. Also tells server code which page the request is for,
 * so an expired session can come back to it.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  const hasSessionCookie = request.cookies.getAll().some(({ name }) => name.startsWith('logto_'));
  if (!hasSessionCookie) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('returnTo', path);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(request.headers);
  headers.set(currentPathHeader, path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/account', '/account/:path*'] };
