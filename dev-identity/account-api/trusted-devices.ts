import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import { sendText } from '../http/io';
import type { RequestContext, RouteHandler, Router } from '../http/router';
import { isEditable, isReadable } from '../state/account-center';

import { accountRoute, json, noContent, type AccountContext, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { assertIdentityVerified } from './mfa-verifications';

const PREFIX = '/api/my-account/trusted-devices';
const SCOPE = 'urn:logto:scope:trusted_devices';

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
});

function assertDeviceAccess<Body>(ctx: AccountContext<Body>, needs: 'read' | 'edit'): void {
  assertIdentityVerified(ctx);
  const { fields } = ctx.accountCenter;
  if (needs === 'read') {
    assertThat(isReadable(fields, 'trustedDevice'), 'account_center.field_not_enabled');
  } else {
    assertThat(isEditable(fields, 'trustedDevice'), 'account_center.field_not_editable');
  }
  assertThat(ctx.auth.scopes.has(SCOPE), 'auth.unauthorized', { status: 401 });
  if (needs === 'edit') assertFirstPartyClient(ctx.auth);
}

/**
 * §3.11, as Logto v1.42 serves it with dev features on (paginated, `Total-Number` and `Link`).
 * While the test switch is off the routes are absent: a plain 404, as on a Logto without them.
 */
export function registerTrustedDeviceRoutes(router: Router, deps: ApiDeps): void {
  const { state } = deps;
  const whenEnabled =
    (handler: RouteHandler): RouteHandler =>
    async (ctx: RequestContext) => {
      if (!state.sessions.trustedDevicesEnabled) {
        ctx.req.resume();
        sendText(ctx.res, 404, 'Not Found');
        return;
      }
      await handler(ctx);
    };

  router.get(
    PREFIX,
    whenEnabled(async (request) => {
      await accountRoute(deps, {}, (ctx) => {
        const parsed = pageQuery.safeParse(Object.fromEntries(ctx.url.searchParams.entries()));
        if (!parsed.success) throw new LogtoError('guard.invalid_pagination');
        const { page, page_size: pageSize } = parsed.data;
        assertDeviceAccess(ctx, 'read');
        const own = state.sessions.trustedDevices.filter(
          (device) => device.userId === ctx.auth.userId && device.expiresAt > Date.now(),
        );
        request.res.setHeader('Total-Number', String(own.length));
        return json(
          own
            .slice((page - 1) * pageSize, page * pageSize)
            .map(({ userId: _userId, ...device }) => ({
              ...device,
              createdAt: new Date(device.createdAt).toISOString(),
              lastUsedAt: new Date(device.lastUsedAt).toISOString(),
              expiresAt: new Date(device.expiresAt).toISOString(),
              isCurrent: false,
            })),
        );
      })(request);
    }),
  );

  router.delete(
    `${PREFIX}/:trustedDeviceId`,
    whenEnabled(
      accountRoute(deps, {}, (ctx) => {
        assertDeviceAccess(ctx, 'edit');
        const removed = state.sessions.removeTrustedDevice(
          ctx.auth.userId,
          ctx.params.trustedDeviceId ?? '',
        );
        assertThat(removed, 'entity.not_found', { status: 404 });
        return noContent();
      }),
    ),
  );
}
