import type Provider from 'oidc-provider';
import type { AdapterPayload } from 'oidc-provider';
import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { OidcStorage } from '../oidc/storage';
import { isEditable, isReadable } from '../state/account-center';
import type { StandInState } from '../state';

import { accountRoute, json, noContent, type AccountContext, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { guard } from './guard';
import { assertIdentityVerified } from './mfa-verifications';

const SESSIONS_SCOPE = 'urn:logto:scope:sessions';

const revokeQuery = z.object({ revokeGrantsTarget: z.enum(['all', 'firstParty']).optional() });
const grantsQuery = z.object({ appType: z.enum(['firstParty', 'thirdParty']).optional() });

type Authorization = { sid?: string; grantId?: string; persistsLogout?: boolean };

const queryOf = (url: URL) => Object.fromEntries(url.searchParams.entries());

/** The sessions and grants routes check IV, then the field, then the scope (§3.7, §3.8). */
function assertSessionAccess<Body>(ctx: AccountContext<Body>, needs: 'read' | 'edit'): void {
  assertIdentityVerified(ctx);
  const { fields } = ctx.accountCenter;
  if (needs === 'read') {
    assertThat(isReadable(fields, 'session'), 'account_center.field_not_enabled');
  } else {
    assertThat(isEditable(fields, 'session'), 'account_center.field_not_editable');
  }
  assertThat(ctx.auth.scopes.has(SESSIONS_SCOPE), 'auth.unauthorized', { status: 401 });
  if (needs === 'edit') assertFirstPartyClient(ctx.auth);
}

/** Every access token, refresh token and code of a grant, then the grant itself. */
export async function revokeGrant(provider: Provider, grantId: string): Promise<void> {
  await Promise.all([
    provider.AccessToken.revokeByGrantId(grantId),
    provider.RefreshToken.revokeByGrantId(grantId),
    provider.AuthorizationCode.revokeByGrantId(grantId),
    provider.Grant.adapter.destroy(grantId),
  ]);
}

const authorizationsOf = (payload: AdapterPayload): Record<string, Authorization> =>
  (payload.authorizations as Record<string, Authorization> | undefined) ?? {};

/** An application is first-party unless the tenant marked it third-party (unknown: third-party). */
const isFirstParty = (state: StandInState, clientId: string) =>
  state.applications.find(clientId)?.isThirdParty === false;

/** `GET`/`DELETE /api/my-account/sessions…` and `…/grants…`, on oidc-provider's own records. */
export function registerSessionRoutes(router: Router, deps: ApiDeps, storage: OidcStorage): void {
  const { provider, state } = deps;
  const ownSessions = (userId: string) =>
    storage.list('Session').filter(({ payload }) => payload.accountId === userId);

  router.get(
    '/api/my-account/sessions',
    accountRoute(deps, {}, (ctx) => {
      assertSessionAccess(ctx, 'read');
      const sessions = ownSessions(ctx.auth.userId).map(({ payload }) => {
        const extension = state.sessions.find(String(payload.uid));
        return {
          payload,
          lastSubmission: extension?.lastSubmission ?? null,
          clientId: extension?.clientId ?? null,
          accountId: payload.accountId ?? null,
          expiresAt: Number(payload.exp) * 1000,
          isCurrent: ctx.auth.sessionUid !== undefined && payload.uid === ctx.auth.sessionUid,
        };
      });
      return json({ sessions });
    }),
  );

  router.delete(
    '/api/my-account/sessions/:sessionId',
    accountRoute(deps, {}, async (ctx) => {
      const { revokeGrantsTarget } = guard('query', revokeQuery, queryOf(ctx.url));
      assertSessionAccess(ctx, 'edit');
      const session = await provider.Session.findByUid(ctx.params.sessionId ?? '');
      if (!session) throw new LogtoError('oidc.session_not_found', { status: 404 });
      if (session.accountId !== ctx.auth.userId) {
        throw new LogtoError('oidc.invalid_session_account_id', { status: 404 });
      }
      if (revokeGrantsTarget) {
        const grants = Object.entries(session.authorizations ?? {})
          .filter(([clientId]) => revokeGrantsTarget === 'all' || isFirstParty(state, clientId))
          .flatMap(([, { grantId }]) => (grantId ? [grantId] : []));
        await Promise.all(grants.map(async (grantId) => revokeGrant(provider, grantId)));
      }
      await session.destroy();
      return noContent();
    }),
  );

  router.get(
    '/api/my-account/grants',
    accountRoute(deps, {}, (ctx) => {
      const { appType } = guard('query', grantsQuery, queryOf(ctx.url));
      assertSessionAccess(ctx, 'read');
      const grants = storage
        .list('Grant')
        .filter(({ payload }) => payload.accountId === ctx.auth.userId)
        .flatMap(({ id, payload }) => {
          const app = state.applications.find(String(payload.clientId));
          if (!app) return [];
          if (appType && app.isThirdParty !== (appType === 'thirdParty')) return [];
          return [
            {
              id,
              payload,
              expiresAt: Number(payload.exp) * 1000,
              application: { id: app.id, name: app.name },
            },
          ];
        });
      return json({ grants });
    }),
  );

  router.delete(
    '/api/my-account/grants/:grantId',
    accountRoute(deps, {}, async (ctx) => {
      assertSessionAccess(ctx, 'edit');
      const grantId = ctx.params.grantId ?? '';
      const grant = await provider.Grant.find(grantId);
      if (grant?.accountId !== ctx.auth.userId) {
        throw new LogtoError('oidc.invalid_grant', { status: 404 });
      }
      await revokeGrant(provider, grantId);
      // The sessions that signed in to the app no longer hold its authorisation.
      for (const { payload } of ownSessions(ctx.auth.userId)) {
        const authorizations = authorizationsOf(payload);
        for (const [clientId, authorization] of Object.entries(authorizations)) {
          if (authorization.grantId === grantId) delete authorizations[clientId];
        }
      }
      return noContent();
    }),
  );
}
