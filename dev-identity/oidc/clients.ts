import type {
  Adapter,
  AdapterPayload,
  ClientMetadata,
  KoaContextWithOIDC,
  ResourceServer,
} from 'oidc-provider';
import { errors } from 'oidc-provider';

import { MANAGEMENT_API_RESOURCE, MANAGEMENT_API_SCOPE } from '../defaults';
import type { StandInState } from '../state';
import type { StoredApplication } from '../state/applications';

/**
 * An application as oidc-provider client metadata, the way Logto's `getConstantClientMetadata`
 * maps it: Traditional apps use the code flow with refresh tokens, machine-to-machine apps only
 * client credentials; both authenticate with `client_secret_basic`.
 */
export function toClientMetadata(app: StoredApplication): ClientMetadata {
  const shared = {
    client_id: app.id,
    client_secret: app.secret,
    client_name: app.name,
    application_type: 'web' as const,
    token_endpoint_auth_method: 'client_secret_basic' as const,
  };
  if (app.type === 'MachineToMachine') {
    return {
      ...shared,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    };
  }
  return {
    ...shared,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [...app.oidcClientMetadata.redirectUris],
    post_logout_redirect_uris: [...app.oidcClientMetadata.postLogoutRedirectUris],
  };
}

/** The store is changed through the Management API only; the provider never writes clients. */
const readOnly = async (): Promise<undefined> => undefined;

/**
 * The provider's `Client` model, read live from the application store. oidc-provider caches a
 * client by the hash of its metadata, so a changed redirect URI takes effect on the next request.
 */
export function clientAdapter(state: StandInState): Adapter {
  return {
    find: async (id: string): Promise<AdapterPayload | undefined> => {
      const app = state.applications.find(id);
      return app && (toClientMetadata(app) as AdapterPayload);
    },
    upsert: readOnly,
    findByUid: readOnly,
    findByUserCode: readOnly,
    consume: readOnly,
    destroy: readOnly,
    revokeByGrantId: readOnly,
  };
}

/**
 * `features.resourceIndicators.getResourceServerInfo`: only the Management API exists. Like
 * Logto, a client-credentials token carries the scopes of the app's roles (here: `all` while the
 * app holds the Management API role, else none) and is a JWT for that audience; users hold no
 * Management API roles.
 */
export function managementResourceServer(state: StandInState) {
  return (ctx: KoaContextWithOIDC, indicator: string): ResourceServer => {
    if (indicator !== MANAGEMENT_API_RESOURCE) {
      throw new errors.InvalidTarget();
    }
    const clientId = ctx.oidc.client?.clientId;
    const isApp = !ctx.oidc.session?.accountId && !ctx.oidc.entities.Account;
    const granted =
      isApp && clientId !== undefined && state.applications.hasManagementRole(clientId);
    return {
      scope: granted ? MANAGEMENT_API_SCOPE : '',
      audience: indicator,
      accessTokenFormat: 'jwt',
      accessTokenTTL: 3600,
      jwt: { sign: { alg: 'RS256' } },
    };
  };
}
