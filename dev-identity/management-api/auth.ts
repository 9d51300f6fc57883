import type { IncomingHttpHeaders } from 'node:http';

import { createLocalJWKSet, jwtVerify, type JWK as JoseJwk } from 'jose';
import type { JWK } from 'oidc-provider';

import { extractBearerToken } from '../account-api/auth';
import { MANAGEMENT_API_RESOURCE, MANAGEMENT_API_SCOPE } from '../defaults';
import { assertThat, LogtoError } from '../errors';

/** Who called the Management API: an app (client credentials) or a user. */
export type ManagementAuth = { type: 'app' | 'user'; id: string };

export type ManagementAuthenticator = (headers: IncomingHttpHeaders) => Promise<ManagementAuth>;

/** The public half of the provider's signing key, which signs the Management API JWTs. */
const publicJwk = ({ kty, n, e, kid, alg, use }: JWK): JoseJwk => ({ kty, n, e, kid, alg, use });

/**
 * Logto's `koaAuth`: a JWT signed by the tenant, for the Management API audience, else
 * `401 auth.unauthorized` (a missing header keeps its own 401 code); then the `all` scope, else
 * `403 auth.forbidden`. Opaque Account API tokens are not JWTs, so they get 401 here.
 */
export function createManagementAuth(issuer: string, signingKey: JWK): ManagementAuthenticator {
  const keys = createLocalJWKSet({ keys: [publicJwk(signingKey)] });
  return async (headers) => {
    const { sub, clientId, scopes } = await verify(headers, keys, issuer);
    assertThat(scopes.includes(MANAGEMENT_API_SCOPE), 'auth.forbidden', { status: 403 });
    return { type: sub === clientId ? 'app' : 'user', id: sub };
  };
}

type TokenInfo = { sub: string; clientId: unknown; scopes: string[] };

/** The JWT's subject, client and scopes, or Logto's 401. */
async function verify(
  headers: IncomingHttpHeaders,
  keys: ReturnType<typeof createLocalJWKSet>,
  issuer: string,
): Promise<TokenInfo> {
  try {
    const { payload } = await jwtVerify(extractBearerToken(headers), keys, {
      issuer,
      audience: MANAGEMENT_API_RESOURCE,
    });
    assertThat(payload.sub, 'auth.jwt_sub_missing', { status: 401 });
    const scope = typeof payload.scope === 'string' ? payload.scope : '';
    return { sub: payload.sub, clientId: payload.client_id, scopes: scope.split(' ') };
  } catch (error: unknown) {
    if (error instanceof LogtoError) {
      throw error;
    }
    throw new LogtoError('auth.unauthorized', { status: 401 });
  }
}
