import type { IncomingHttpHeaders } from 'node:http';

import type Provider from 'oidc-provider';

import { assertThat, LogtoError } from '../errors';

/** Who is calling: read from the opaque access token, as Logto's `koaOidcAuth` does. */
export type AuthContext = {
  userId: string;
  scopes: ReadonlySet<string>;
  clientId: string | undefined;
  sessionUid: string | undefined;
  grantId: string | undefined;
  /** The raw `logto-verification-id` header; it only matters to routes that need step-up. */
  verificationId: string | undefined;
};

const BEARER = 'Bearer';

/** Logto's `extractBearerTokenFromHeaders`, prefix check and slice included. */
export function extractBearerToken({ authorization }: IncomingHttpHeaders): string {
  assertThat(authorization, 'auth.authorization_header_missing', { status: 401 });
  assertThat(authorization.startsWith(BEARER), 'auth.authorization_token_type_not_supported', {
    status: 401,
    data: { supportedTypes: [BEARER] },
  });
  return authorization.slice(BEARER.length + 1);
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Look the token up in the provider's AccessToken store. Unknown, expired, revoked and JWT tokens
 * are not there (401); a token without an account (client credentials) is 401; no `openid` is 403.
 */
export async function authenticate(
  headers: IncomingHttpHeaders,
  provider: Provider,
): Promise<AuthContext> {
  const value = extractBearerToken(headers);
  const token = value ? await provider.AccessToken.find(value).catch(() => undefined) : undefined;
  if (!token?.accountId) {
    throw new LogtoError('auth.unauthorized', { status: 401 });
  }
  const scopes = new Set(token.scope?.split(' ').filter(Boolean) ?? []);
  assertThat(scopes.has('openid'), 'auth.forbidden', { status: 403 });
  return {
    userId: token.accountId,
    scopes,
    clientId: token.clientId,
    sessionUid: token.sessionUid,
    grantId: token.grantId,
    verificationId: header(headers, 'logto-verification-id') || undefined,
  };
}
