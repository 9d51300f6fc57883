import 'server-only';

import LogtoClient, { getAccessToken } from '@logto/next/server-actions';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';

import { getLogtoConfig } from '@/lib/auth/logto';
import { safeReturnTo, unsavedReturnTo } from '@/lib/auth/return-to';
import { AccountApiError } from '@/lib/errors';
import { signInPath } from '@/lib/routes';

/** Request header set by middleware.ts so server code knows where to come back to. */
export const currentPathHeader = 'x-portal-path';

/** Request header set by middleware.ts on form posts (server actions) to account pages. */
export const formPostHeader = 'x-portal-form-post';

/** A signed-in request. The token stays behind `getAccessToken`, on the server. */
export type Session = {
  /** The Logto user id (`sub`), which binds the portal's own sealed cookies to this user. */
  userId: string;
  getAccessToken: () => Promise<string>;
};

/** The page the user is on, for returning after a fresh sign-in. */
export async function currentPath(): Promise<string> {
  return safeReturnTo((await headers()).get(currentPathHeader));
}

/**
 * Sends the browser through sign-in and back to the page it is on; after a form post, flagged so
 * the page says that what was typed may not have been saved.
 */
export async function redirectToSignIn(): Promise<never> {
  const path = await currentPath();
  const posted = (await headers()).get(formPostHeader) === '1';
  redirect(signInPath(posted ? unsavedReturnTo(path) : path));
}

const isNetworkFailure = (error: unknown) =>
  error instanceof TypeError ||
  (error instanceof Error &&
    /^http_error_5\d\d$|^rate_limited$/.test(String(Reflect.get(error, 'code'))));

/**
 * Wraps the SDK's token getter: a refused refresh (`invalid_grant`) or a missing session means
 * signed out; an unreachable identity service is a service problem, not a sign-out.
 */
function tokenGetter(read: () => Promise<string>): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    // One refresh per request at most: parallel refreshes of a rotating token revoke the grant.
    pending ??= read().then(
      (token) => {
        // Opaque tokens have no dots; a JWT means `resources` or an organization token crept in.
        if (token.includes('.')) {
          throw new AccountApiError(
            500,
            'portal.jwt_access_token',
            'The access token is a JWT. The Account API accepts only the opaque token issued without a resource: remove `resources` from the Logto configuration.',
          );
        }
        return token;
      },
      (error: unknown) => {
        if (isNetworkFailure(error)) {
          throw new AccountApiError(
            503,
            'portal.unreachable',
            'The token endpoint is unreachable.',
          );
        }
        throw new AccountApiError(401, 'portal.signed_out', 'The session has ended.');
      },
    );
    return pending;
  };
}

/**
 * The request's Logto client for reading: the session is decrypted once per request, for both
 * the ID token's claims and the access token. It cannot write cookies (a render may not), so a
 * token it refreshes is used for this request only.
 */
const readingClient = cache(() =>
  new LogtoClient(getLogtoConfig()).createNodeClient({ ignoreCookieChange: true }),
);

/** The claims of the session cookie's ID token, read once per request without a network call. */
const idTokenClaims = cache(async () => {
  try {
    const context = await (await readingClient()).getContext();
    return context.isAuthenticated ? context.claims : undefined;
  } catch {
    return undefined;
  }
});

/** The signed-in user's id (`sub`), or undefined when nobody is signed in. */
async function signedInUserId(): Promise<string | undefined> {
  return (await idTokenClaims())?.sub;
}

/** The language saved in the signed-in user's profile (the `locale` claim), if any. */
export async function savedLocale(): Promise<string | undefined> {
  const locale = (await idTokenClaims())?.locale;
  return typeof locale === 'string' && locale ? locale : undefined;
}

/** Whether the session cookie holds a signed-in user (no network call). */
export async function hasSession(): Promise<boolean> {
  return (await signedInUserId()) !== undefined;
}

/**
 * The gate for pages: redirects to sign-in when there is no session. Memoised per request.
 * Tokens refreshed during a render are not persisted (RSCs cannot write cookies).
 */
export const requireSession = cache(async (): Promise<Session> => {
  const userId = await signedInUserId();
  if (!userId) return redirectToSignIn();
  return {
    userId,
    getAccessToken: tokenGetter(async () => (await readingClient()).getAccessToken()),
  };
});

/** The gate for server actions and route handlers: a refreshed token is saved to the cookie. */
export async function requireActionSession(): Promise<Session> {
  const userId = await signedInUserId();
  if (!userId) return redirectToSignIn();
  return { userId, getAccessToken: tokenGetter(() => getAccessToken(getLogtoConfig())) };
}
