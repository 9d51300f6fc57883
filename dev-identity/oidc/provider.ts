import Provider, { type Configuration, type JWK } from 'oidc-provider';

import { DECLARED_SCOPES } from '../defaults';
import type { StandInState } from '../state';

import { userClaims, scopeClaims } from './claims';
import { clientAdapter, managementResourceServer } from './clients';
import { interactionPath } from './interactions';
import {
  cookieOptions,
  endSessionWithoutAccount,
  logoutSource,
  postLogoutSuccessSource,
} from './logout';
import { messagePage } from './pages';
import { recordSignInContext } from './sign-in-context';
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

/** oidc-provider configured the way Logto configures it, for the paths `@logto/next` uses. */
export function createProvider({
  issuer,
  portalUrl,
  state,
  storage,
  signingKey,
  cookieKeys,
}: ProviderOptions): Provider {
  const configuration: Configuration = {
    // Clients come from the application store, so the Management API can change them.
    adapter: (model: string) =>
      model === 'Client' ? clientAdapter(state) : storage.adapter(model),
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
      // Machine-to-machine apps get Management API tokens; the portal asks for no resource, so
      // its code flow still yields opaque tokens for the Account API.
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined,
        useGrantedResource: () => false,
        getResourceServerInfo: managementResourceServer(state),
      },
    },
    interactions: { url: (_ctx, interaction) => interactionPath(interaction.uid) },
    pkce: { required: () => true },
    ttl: {
      AccessToken: () => state.accessTokenTtl,
      AuthorizationCode: 60,
      ClientCredentials: 3600,
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
  provider.use(recordSignInContext(state));
  return provider;
}
