/**
 * What anyone can ask a Logto tenant, without a Management API token: OIDC discovery, the public
 * account-center and sign-in-experience reads, and whether the provider accepts the portal's
 * redirect URIs (it answers a sign-in or sign-out request, and nothing is written).
 */
import { createHash, randomBytes } from 'node:crypto';

import { OperatorError } from './errors';
import type { Http, HttpAnswer } from './http';
import {
  accountCenterSchema,
  discoverySchema,
  publicSignInExperienceSchema,
  type AccountCenter,
  type PublicSignInExperience,
} from './schemas';

const DISCOVERY = '/oidc/.well-known/openid-configuration';

/** OIDC discovery, or a one-line error: unreachable, or not a Logto tenant. */
export async function discover(http: Http, endpoint: string): Promise<void> {
  const answer = await http(
    `${endpoint}${DISCOVERY}`,
    { headers: { accept: 'application/json' } },
    `GET ${DISCOVERY}`,
  );
  if (answer.status !== 200 || !discoverySchema.safeParse(answer.json).success) {
    throw new OperatorError(
      `${endpoint} is not a Logto endpoint: no OpenID configuration at ${DISCOVERY} (HTTP ${answer.status}). Check LOGTO_ENDPOINT.`,
    );
  }
}

/** A public read that must be Logto's JSON. */
async function publicRead<T>(
  http: Http,
  endpoint: string,
  path: string,
  parse: (json: unknown) => T | undefined,
): Promise<T> {
  const answer = await http(
    `${endpoint}${path}`,
    { headers: { accept: 'application/json' } },
    `GET ${path}`,
  );
  const value = answer.status === 200 ? parse(answer.json) : undefined;
  if (value === undefined) {
    throw new OperatorError(
      `${endpoint} answered GET ${path} with HTTP ${answer.status}, not Logto's settings: is it a Logto tenant (1.20 or later)?`,
    );
  }
  return value;
}

/** `GET /api/.well-known/account-center`. */
export const publicAccountCenter = (http: Http, endpoint: string): Promise<AccountCenter> =>
  publicRead(
    http,
    endpoint,
    '/api/.well-known/account-center',
    (json) => accountCenterSchema.safeParse(json).data,
  );

/** `GET /api/.well-known/sign-in-exp`. */
export const publicSignInExperience = (
  http: Http,
  endpoint: string,
): Promise<PublicSignInExperience> =>
  publicRead(
    http,
    endpoint,
    '/api/.well-known/sign-in-exp',
    (json) => publicSignInExperienceSchema.safeParse(json).data,
  );

/** Whether the provider took the redirect URI; when not, the OAuth error it gave. */
export type ProbeResult = { accepted: true } | { accepted: false; error: string; status: number };

/** The OAuth error code in an error answer (JSON or an HTML page), e.g. `invalid_redirect_uri`. */
function oauthError(answer: HttpAnswer): string {
  const json = answer.json as { error?: unknown; code?: unknown } | undefined;
  if (typeof json?.error === 'string') return json.error;
  const match = /\b(invalid_[a-z_]+|unauthorized_client|access_denied|server_error)\b/.exec(
    answer.text,
  );
  return match?.[1] ?? (typeof json?.code === 'string' ? json.code : `HTTP ${answer.status}`);
}

/** A refusal, with the error code the provider gave. */
const refused = (answer: HttpAnswer): ProbeResult => ({
  accepted: false,
  error: oauthError(answer),
  status: answer.status,
});

/** A 3xx with a `Location`: the provider moved the request on. */
const isRedirect = (answer: HttpAnswer) =>
  answer.status >= 300 && answer.status < 400 && answer.location !== null;

/** An error page names its OAuth error; a logout form page does not. */
const namesAnError = (answer: HttpAnswer) => oauthError(answer) !== `HTTP ${answer.status}`;

/** A PKCE challenge, so the provider judges the redirect URI and not a missing parameter. */
const pkceChallenge = () =>
  createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');

/** `GET /oidc/auth` for the app and redirect URI, not followed: does Logto start a sign-in? */
export async function probeSignIn(
  http: Http,
  endpoint: string,
  appId: string,
  redirectUri: string,
): Promise<ProbeResult> {
  const query = new URLSearchParams({
    client_id: appId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: pkceChallenge(),
    code_challenge_method: 'S256',
  });
  const answer = await http(
    `${endpoint}/oidc/auth?${query.toString()}`,
    { redirect: 'manual' },
    'GET /oidc/auth',
  );
  // Accepted: a redirect to the sign-in page (or back to the app). Refused: an error page.
  return isRedirect(answer) ? { accepted: true } : refused(answer);
}

/** `GET /oidc/session/end` for the app and URI, with no session: does Logto accept the return URI? */
export async function probeSignOut(
  http: Http,
  endpoint: string,
  appId: string,
  postLogoutUri: string,
): Promise<ProbeResult> {
  const query = new URLSearchParams({ client_id: appId, post_logout_redirect_uri: postLogoutUri });
  const answer = await http(
    `${endpoint}/oidc/session/end?${query.toString()}`,
    { redirect: 'manual' },
    'GET /oidc/session/end',
  );
  // Accepted: a redirect back, or Logto's sign-out form page. Refused: an error naming its code.
  const accepted =
    isRedirect(answer) || (answer.status >= 200 && answer.status < 300 && !namesAnError(answer));
  return accepted ? { accepted: true } : refused(answer);
}
