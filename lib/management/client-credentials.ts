/**
 * The client-credentials token request for Logto's Management API, shared by the portal server
 * and the operator CLI (which is why it is not marked `server-only`).
 */

export type M2mCredentials = { appId: string; appSecret: string };

/** RFC 6749 §2.3.1: both halves form-urlencoded before Base64 (oidc-provider decodes them). */
export const basicAuth = ({ appId, appSecret }: M2mCredentials) =>
  `Basic ${Buffer.from(`${encodeURIComponent(appId)}:${encodeURIComponent(appSecret)}`).toString('base64')}`;

/** `POST <endpoint>/oidc/token` asking for the Management API's one scope, `all`. */
export function clientCredentialsRequest(
  credentials: M2mCredentials,
  resource: string,
): RequestInit {
  return {
    method: 'POST',
    headers: {
      authorization: basicAuth(credentials),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource,
      scope: 'all',
    }).toString(),
  };
}
