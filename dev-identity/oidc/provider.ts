import Provider, { type Configuration, type JWK } from 'oidc-provider';

import { DECLARED_SCOPES, PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../defaults';
import type { StandInState } from '../state';

import { userClaims, scopeClaims } from './claims';
import { interactionPath } from './interactions';
import { cookieOptions, endSessionWithoutAccount, logoutSource, postLogoutSuccessSource } from './logout';
import { messagePage } from './pages';
import type { OidcStorage } from './storage';

export type ProviderOptions = {
  issuer: string;
  portalUrl: string;
  state: StandInState;
  storage: OidcStorage;
  signingKey: JWK;
  cookieKeys: string[];
};

const DAY = 24 * 60 * 60;

/** The portal as a first-party Traditional web app (confidential, `client_secret_basic`). */
function portalClient(portalUrl: string) {
  return {
    client_id: PORTAL_CLIENT_ID,
    client_secret: PORTAL_CLIENT_SECRET,
    client_name: 'Account portal',
    application_type: 'web' as const,
    token_endpoint_auth_method: 'client_secret_basic' as const,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code' as const],
    redirect_uris: [`${portalUrl}/callback`],
    // Both spellings: `signOut()` defaults to `baseUrl`, which may lack the trailing slash.
    post_logout_redirect_uris: [`${portalUrl}/`, portalUrl],
  };
}

/** oidc-provider configured the way Logto configures it, for the paths `@logto/next` uses. */
export function createProvider({ issuer, portalUrl, state, storage, signingKey, cookieKeys }: ProviderOptions): Provider {
  const configuration: Configuration = {
    adapter: storage.adapter,
    clients: [portalClient(portalUrl)],
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys, long: cookieOptions, short: cookieOptions },
    scopes: [...DECLARED_SCOPES],
    claims: { openid: ['sub'], ...scopeClaims },
    // Logto puts every claim of the granted scopes in the ID token, not only the minimal set.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const user = state.users.findById(sub);
      if (!user) {
        return undefined;
      }
      return { accountId: sub, claims: (use) => userClaims(user, use) };
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: { url: (_ctx, interaction) => interactionPath(interaction.uid) },
    pkce: { required: () => true },
    ttl: {
      AccessToken: () => state.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 14 * DAY,
      Interaction: 3600,
      Session: 14 * DAY,
      Grant: 180 * DAY,
    },
    clientBasedCORS: (_ctx, origin) => origin === new URL(portalUrl).origin,
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = messagePage({
        title: 'Sign-in error',
        message: out.error_description ?? 'The request could not be processed.',
        details: `Error: ${out.error}`,
        link: { href: `${portalUrl}/`, label: 'Back to the account portal' },
      });
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.use(endSessionWithoutAccount);
  return provider;
}
