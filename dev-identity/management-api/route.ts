import type { z } from 'zod';

import { guard } from '../account-api/guard';
import { parseBody, sendJson } from '../http/io';
import type { RequestContext, RouteHandler, RouteParams } from '../http/router';
import type { StandInState } from '../state';

import type { ManagementAuth, ManagementAuthenticator } from './auth';

export type ManagementDeps = { state: StandInState; authenticate: ManagementAuthenticator };

/** What a Management API handler gets after the shared checks. */
export type ManagementContext<Body> = {
  auth: ManagementAuth;
  body: Body;
  params: RouteParams;
  state: StandInState;
};

export type ManagementRouteOptions<Body> = { body?: z.ZodType<Body> };

/**
 * Logto's order for a Management API route: `koaAuth` (JWT, audience, `all` scope) → `koaGuard`
 * on the body → the handler, whose result is sent as `200` JSON.
 */
export function managementRoute<Body = undefined>(
  { state, authenticate }: ManagementDeps,
  options: ManagementRouteOptions<Body>,
  handler: (ctx: ManagementContext<Body>) => unknown,
): RouteHandler {
  return async ({ req, res, params }: RequestContext) => {
    const auth = await authenticate(req.headers);
    const body = options.body
      ? guard('body', options.body, await parseBody(req))
      : (undefined as Body);
    sendJson(res, 200, await handler({ auth, body, params, state }));
  };
}
