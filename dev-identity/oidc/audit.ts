import type { IncomingMessage } from 'node:http';

import type Provider from 'oidc-provider';

import type { StandInState } from '../state';
import type { RequestContext } from '../state/logs';

import type { OidcStorage } from './storage';

/** What Logto's `koaAuditLog` takes from a request: the client address and the `User-Agent`. */
export const requestContext = (req: IncomingMessage): RequestContext => ({
  ip: req.socket.remoteAddress,
  userAgent: req.headers['user-agent'],
});

const exchangeKeys: Record<string, string> = {
  authorization_code: 'ExchangeTokenBy.AuthorizationCode',
  refresh_token: 'ExchangeTokenBy.RefreshToken',
  client_credentials: 'ExchangeTokenBy.ClientCredentials',
};

/**
 * Logto's grant listener: one `ExchangeTokenBy.*` entry per successful token request, with the
 * user and the app. Client-credentials tokens are remembered too, so tests can check that none
 * reaches a browser.
 */
export function auditTokenExchanges(
  provider: Provider,
  state: StandInState,
  storage: OidcStorage,
): void {
  provider.on('grant.success', (ctx) => {
    const grantType = String(ctx.oidc.params?.grant_type ?? '');
    const accountId = ctx.oidc.session?.accountId ?? ctx.oidc.entities.Grant?.accountId;
    state.logs.add(
      exchangeKeys[grantType] ?? 'ExchangeTokenBy.Unknown',
      {
        result: 'Success',
        applicationId: ctx.oidc.client?.clientId,
        ...(accountId ? { userId: accountId } : {}),
        params: { grant_type: grantType },
      },
      requestContext(ctx.req),
    );
    const body = ctx.body as { access_token?: unknown } | undefined;
    if (grantType === 'client_credentials' && typeof body?.access_token === 'string') {
      storage.rememberManagementToken(body.access_token);
    }
  });
}
