import type { z } from 'zod';

import { guard } from '../account-api/guard';
import { parseBody, sendEmpty, sendJson } from '../http/io';
import type { RequestContext, RouteHandler, RouteParams } from '../http/router';
import type { StandInState } from '../state';

import type { ManagementAuth, ManagementAuthenticator } from './auth';

export type ManagementDeps = { state: StandInState; authenticate: ManagementAuthenticator };

/** What a Management API handler gets after the shared checks. */
export type ManagementContext<Body> = {
  auth: ManagementAuth;
  body: Body;
  params: RouteParams;
  query: URLSearchParams;
  url: URL;
  state: StandInState;
};

/** A handler's answer other than `200` JSON: `204` without a body, or JSON with headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export type ManagementRouteOptions<Body> = { body?: z.ZodType<Body> };

/**
 * Logto's order for a Management API route: `koaAuth` (JWT, audience, `all` scope) → `koaGuard`
 * on the body → the handler, whose result is sent as `200` JSON (or as its `Reply` says).
 */
export function managementRoute<Body = undefined>(
  { state, authenticate }: ManagementDeps,
  options: ManagementRouteOptions<Body>,
  handler: (ctx: ManagementContext<Body>) => unknown,
): RouteHandler {
  return async ({ req, res, params, url }: RequestContext) => {
    const auth = await authenticate(req.headers);
    const body = options.body
      ? guard('body', options.body, await parseBody(req))
      : (undefined as Body);
    const result = await handler({ auth, body, params, query: url.searchParams, url, state });
    if (!(result instanceof Reply)) sendJson(res, 200, result);
    else if (result.body === undefined) sendEmpty(res, result.status, result.headers);
    else sendJson(res, result.status, result.body, result.headers);
  };
}
