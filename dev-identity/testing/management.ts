import {
  MANAGEMENT_API_RESOURCE,
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
} from '../defaults';

import type { Harness } from './harness';

/** RFC 7636's example S256 challenge: any valid one will do for a probe. */
const CODE_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

/** `POST /oidc/token` with client credentials, as the setup CLI sends it. */
export function requestManagementToken(
  h: Harness,
  {
    secret = MANAGEMENT_M2M_APP_SECRET,
    resource = MANAGEMENT_API_RESOURCE,
    clientId = MANAGEMENT_M2M_APP_ID,
  } = {},
): Promise<Response> {
  return h.api('/oidc/token', {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource,
      scope: 'all',
    }).toString(),
  });
}

/** A Management API access token for the setup app. */
export async function managementToken(h: Harness): Promise<string> {
  const response = await requestManagementToken(h);
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) {
    throw new Error(`no management token: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

/** `GET /oidc/auth` for the portal app with a redirect URI: 303 to the sign-in page when accepted. */
export function authorize(h: Harness, redirectUri: string): Promise<Response> {
  const query = new URLSearchParams({
    client_id: PORTAL_CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: CODE_CHALLENGE,
    code_challenge_method: 'S256',
  });
  return h.api(`/oidc/auth?${query.toString()}`, { redirect: 'manual' });
}

/** `GET /oidc/session/end` for the portal app: 303 back when the URI is registered. */
export function endSession(h: Harness, postLogoutRedirectUri: string): Promise<Response> {
  const query = new URLSearchParams({
    client_id: PORTAL_CLIENT_ID,
    post_logout_redirect_uri: postLogoutRedirectUri,
  });
  return h.api(`/oidc/session/end?${query.toString()}`, { redirect: 'manual' });
}
