import type { KoaContextWithOIDC, Next } from './types';
import { messagePage } from './pages';

/** Cookie options shared by the provider's cookies and by the sign-out that clears them. */
export const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  signed: true,
  overwrite: true,
} as const;

const stringParam = (ctx: KoaContextWithOIDC, name: string): string | undefined => {
  const value = ctx.oidc.params?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/** Where end-session sends the browser: the validated `post_logout_redirect_uri` (+ `state`). */
function logoutTarget(ctx: KoaContextWithOIDC): string {
  const postLogout = stringParam(ctx, 'post_logout_redirect_uri');
  if (!postLogout) {
    return ctx.oidc.urlFor('end_session_success');
  }
  const target = new URL(postLogout);
  const state = stringParam(ctx, 'state');
  if (state !== undefined) {
    target.searchParams.set('state', state);
  }
  return target.href;
}

async function revokeGrant(ctx: KoaContextWithOIDC, grantId: string): Promise<void> {
  const { provider } = ctx.oidc;
  await Promise.all([
    provider.AccessToken.revokeByGrantId(grantId),
    provider.RefreshToken.revokeByGrantId(grantId),
    provider.AuthorizationCode.revokeByGrantId(grantId),
    provider.Grant.adapter.destroy(grantId),
  ]);
}

/**
 * `features.rpInitiatedLogout.logoutSource`. oidc-provider would render a "do you want to sign
 * out?" form here that needs a click or JavaScript. The stand-in instead does what the confirm
 * step does with `logout=yes` (revoke grants that do not persist logout, destroy the session,
 * clear its cookie) and redirects straight back, so sign-out also works with JavaScript off.
 */
export async function logoutSource(ctx: KoaContextWithOIDC): Promise<void> {
  const { session, provider } = ctx.oidc;
  if (session) {
    const authorizations = Object.values(session.authorizations ?? {});
    await Promise.all(
      authorizations
        .filter((authorization) => authorization.grantId && !authorization.persistsLogout)
        .map(async (authorization) => revokeGrant(ctx, authorization.grantId ?? '')),
    );
    await session.destroy();
  }
  ctx.cookies.set(provider.cookieName('session'), null, cookieOptions);
  ctx.status = 303;
  ctx.redirect(logoutTarget(ctx));
}

/**
 * With no signed-in account, oidc-provider answers end-session with a self-submitting form
 * (JavaScript or a `<noscript>` button). Nothing is left to sign out, so redirect straight back.
 */
export async function endSessionWithoutAccount(ctx: KoaContextWithOIDC, next: Next): Promise<void> {
  await next();
  if (ctx.oidc?.route === 'end_session' && ctx.status === 200 && !ctx.oidc.session?.accountId) {
    ctx.status = 303;
    ctx.redirect(logoutTarget(ctx));
  }
}

/** `features.rpInitiatedLogout.postLogoutSuccessSource`: when no redirect URI was given. */
export function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.type = 'html';
  ctx.body = messagePage({ title: 'Signed out', message: 'You have been signed out.' });
}
