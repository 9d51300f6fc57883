import type { IncomingHttpHeaders } from 'node:http';

import type Provider from 'oidc-provider';
import type { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import { parseBody, sendEmpty, sendJson, sendText } from '../http/io';
import type { RequestContext, RouteHandler, RouteParams } from '../http/router';
import type { StandInState } from '../state';
import type { AccountCenterSettings } from '../state/account-center';
import type { StoredUser } from '../state/users';

import { authenticate, type AuthContext } from './auth';
import { guard } from './guard';

export type ApiDeps = { provider: Provider; state: StandInState };

/** What an Account API or Verification API handler gets after the shared checks. */
export type AccountContext<Body> = {
  auth: AuthContext;
  accountCenter: AccountCenterSettings;
  body: Body;
  params: RouteParams;
  url: URL;
  /** The request's headers (the WebAuthn routes read `host` and `user-agent`). */
  headers: IncomingHttpHeaders;
  state: StandInState;
  provider: Provider;
  /** The caller, loaded fresh from the store. */
  user(): StoredUser;
  /** Step-up (§4.4): does `logto-verification-id` name a record that proves identity? */
  identityVerified(): boolean;
};

export type Reply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'empty'; status: number }
  | { kind: 'text'; status: number; body: string };

export const json = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body });
export const noContent = (): Reply => ({ kind: 'empty', status: 204 });
/** Koa's bare `ctx.status = 200` answers the plain text `OK`. */
export const plainOk = (): Reply => ({ kind: 'text', status: 200, body: 'OK' });

export type AccountRouteOptions<Body> = { body?: z.ZodType<Body> };

/**
 * Wrap a handler with Logto's order of checks: token → account center `enabled` → input
 * guard (the body is parsed only here, so malformed JSON loses to the earlier checks).
 */
export function accountRoute<Body = undefined>(
  deps: ApiDeps,
  options: AccountRouteOptions<Body>,
  handler: (ctx: AccountContext<Body>) => Promise<Reply> | Reply,
): RouteHandler {
  const { provider, state } = deps;
  return async ({ req, res, params, url }: RequestContext) => {
    const auth = await authenticate(req.headers, provider);
    const { accountCenter } = state;
    assertThat(accountCenter.enabled, 'account_center.not_enabled');
    const body = options.body
      ? guard('body', options.body, await parseBody(req))
      : (undefined as Body);
    const reply = await handler({
      auth,
      accountCenter,
      body,
      params,
      url,
      headers: req.headers,
      state,
      provider,
      user: () => {
        const user = state.users.findById(auth.userId);
        if (!user) {
          throw new LogtoError('entity.not_found', { status: 404 });
        }
        return user;
      },
      identityVerified: () =>
        state.verificationRecords.isIdentityVerified(auth.userId, auth.verificationId),
    });
    if (reply.kind === 'json') {
      sendJson(res, reply.status, reply.body);
    } else if (reply.kind === 'text') {
      sendText(res, reply.status, reply.body);
    } else {
      sendEmpty(res, reply.status);
    }
  };
}
