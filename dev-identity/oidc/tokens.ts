import type Provider from 'oidc-provider';

import { PORTAL_CLIENT_ID } from '../defaults';

import type { OidcStorage } from './storage';

/**
 * Mint an opaque access token for a user directly, as if the portal had exchanged a code: a
 * grant with the scopes, then a token on it (so revoking the user revokes it too).
 */
export async function mintAccessToken(
  provider: Provider,
  accountId: string,
  scopes: readonly string[],
): Promise<string> {
  const client = await provider.Client.find(PORTAL_CLIENT_ID);
  if (!client) {
    throw new Error(`client ${PORTAL_CLIENT_ID} is not registered`);
  }
  const scope = scopes.join(' ');
  const grant = new provider.Grant({ accountId, clientId: client.clientId });
  grant.addOIDCScope(scope);
  const grantId = await grant.save();
  const token = new provider.AccessToken({
    accountId,
    client,
    grantId,
    gty: 'authorization_code',
    scope,
  });
  return token.save();
}

const tokenModels = ['AccessToken', 'RefreshToken', 'AuthorizationCode'] as const;

/**
 * End everything a user holds: OIDC sessions (so the next `/oidc/auth` asks to sign in), grants,
 * and every token, so the next refresh is `invalid_grant` and the next API call 401.
 */
export async function revokeUser(
  provider: Provider,
  storage: OidcStorage,
  accountId: string,
): Promise<void> {
  const owned = (model: string) =>
    storage.list(model).filter(({ payload }) => payload.accountId === accountId);

  for (const { id } of owned('Session')) {
    storage.destroy('Session', id);
  }
  for (const { id: grantId } of owned('Grant')) {
    await Promise.all([
      provider.AccessToken.revokeByGrantId(grantId),
      provider.RefreshToken.revokeByGrantId(grantId),
      provider.AuthorizationCode.revokeByGrantId(grantId),
    ]);
    storage.destroy('Grant', grantId);
  }
  for (const model of tokenModels) {
    for (const { id } of owned(model)) {
      storage.destroy(model, id);
    }
  }
}
