import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'oidc-provider';

/** A fresh RS256 signing key for ID tokens, made at start-up (the JWKS changes on restart). */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const { kty, n, e, d, p, q, dp, dq, qi } = jwk;
  const kid = await calculateJwkThumbprint({ kty, n, e });
  return { kty, n, e, d, p, q, dp, dq, qi, kid, alg: 'RS256', use: 'sig' };
}
