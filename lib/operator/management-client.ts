/**
 * Logto's Management API for the CLI: a client-credentials token, one typed request function, and
 * one small function per endpoint. The token lives only in the session object and is never printed.
 * Not marked `server-only` (that package throws outside Next): only the CLI imports `lib/operator`.
 */
import { z } from 'zod';

import { clientCredentialsRequest, type M2mCredentials } from '../management/client-credentials';

import { OperatorError } from './errors';
import type { Http, HttpAnswer } from './http';
import {
  accountCenterSchema,
  applicationSchema,
  connectorSchema,
  logtoErrorSchema,
  oauthErrorSchema,
  signInExperienceSchema,
  tokenSchema,
  type AccountCenter,
  type Application,
  type Connector,
  type SignInExperience,
} from './schemas';

export type { M2mCredentials };

export type ManagementSession = {
  readonly http: Http;
  readonly endpoint: string;
  readonly appId: string;
  readonly resource: string;
  readonly token: string;
};

/** One line for a refused token request, by OAuth error code. */
function tokenFailure(
  answer: HttpAnswer,
  endpoint: string,
  appId: string,
  resource: string,
): OperatorError {
  const parsed = oauthErrorSchema.safeParse(answer.json);
  if (!parsed.success) {
    return new OperatorError(
      `${endpoint} does not look like Logto: POST /oidc/token answered HTTP ${answer.status} without an OAuth error.`,
    );
  }
  const { error, error_description: description = '' } = parsed.data;
  if (error === 'invalid_client') {
    return new OperatorError(
      `Logto refused the machine-to-machine app "${appId}" (invalid_client): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET.`,
    );
  }
  if (error === 'invalid_target') {
    return new OperatorError(
      `Logto does not know the Management API resource ${resource} (invalid_target): set --management-resource to your tenant's, e.g. https://<tenant-id>.logto.app/api on Logto Cloud behind a custom domain.`,
    );
  }
  if (error === 'unauthorized_client' || /grant type is not allowed/.test(description)) {
    return new OperatorError(
      `App "${appId}" may not use client credentials (${error}): use a Machine-to-machine app.`,
    );
  }
  return new OperatorError(
    `Logto refused the token request: ${error}${description ? ` (${description})` : ''}.`,
  );
}

/** Get a Management API token with client credentials (`scope=all` on the Management API resource). */
export async function openManagementSession(
  http: Http,
  endpoint: string,
  credentials: M2mCredentials,
  resource: string,
): Promise<ManagementSession> {
  const answer = await http(
    `${endpoint}/oidc/token`,
    clientCredentialsRequest(credentials, resource),
    'POST /oidc/token',
  );
  const token = tokenSchema.safeParse(answer.json);
  if (answer.status !== 200 || !token.success) {
    throw tokenFailure(answer, endpoint, credentials.appId, resource);
  }
  return { http, endpoint, appId: credentials.appId, resource, token: token.data.access_token };
}

/** A 404 from Logto, which `getApplication` turns into "no such app" instead of a stop. */
class NotFound extends OperatorError {}

/** One line for a failed Management API call. */
function apiFailure(session: ManagementSession, what: string, answer: HttpAnswer): Error {
  const body = logtoErrorSchema.safeParse(answer.json);
  const code = body.success ? body.data.code : undefined;
  if (answer.status === 401) {
    return new OperatorError(
      `The Management API refused the token (401 ${code ?? 'unauthorized'}) on ${what}: is ${session.resource} this tenant's Management API? Set --management-resource.`,
    );
  }
  if (answer.status === 403) {
    return new OperatorError(
      `The machine-to-machine app "${session.appId}" has no Management API access (403 ${code ?? 'forbidden'}): in Logto Console, assign it a role with the Logto Management API permission "all".`,
    );
  }
  if (answer.status === 404 && code?.startsWith('entity.')) {
    return new NotFound(`${what} answered 404 ${code}.`);
  }
  if (!body.success) {
    return new OperatorError(
      `${session.endpoint} does not look like Logto: ${what} answered HTTP ${answer.status}.`,
    );
  }
  return new OperatorError(
    `${what} failed: HTTP ${answer.status} ${code}${body.data.message ? `: ${body.data.message}` : ''}`,
  );
}

/** The one typed request: bearer token, JSON in and out, errors as one line. */
async function managementRequest<T>(
  session: ManagementSession,
  method: 'GET' | 'PATCH',
  path: string,
  schema: z.ZodType<T>,
  json?: unknown,
): Promise<T> {
  const what = `${method} ${path}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${session.token}`,
    accept: 'application/json',
  };
  if (json !== undefined) headers['content-type'] = 'application/json';
  const answer = await session.http(
    `${session.endpoint}${path}`,
    { method, headers, body: json === undefined ? undefined : JSON.stringify(json) },
    what,
  );
  if (answer.status < 200 || answer.status >= 300) {
    throw apiFailure(session, what, answer);
  }
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    throw new OperatorError(
      `${what} answered something that is not Logto's shape: is ${session.endpoint} a Logto tenant?`,
    );
  }
  return parsed.data;
}

/** `GET /api/account-center`. */
export const getAccountCenter = (session: ManagementSession): Promise<AccountCenter> =>
  managementRequest(session, 'GET', '/api/account-center', accountCenterSchema);

/** `PATCH /api/account-center`; `fields` replaces the stored object as a whole. */
export const updateAccountCenter = (
  session: ManagementSession,
  patch: { enabled: boolean; fields: Record<string, string> },
): Promise<AccountCenter> =>
  managementRequest(session, 'PATCH', '/api/account-center', accountCenterSchema, patch);

/** `PATCH /api/account-center` with the WebAuthn related origins only (duplicates are dropped). */
export const updateRelatedOrigins = (
  session: ManagementSession,
  webauthnRelatedOrigins: string[],
): Promise<AccountCenter> =>
  managementRequest(session, 'PATCH', '/api/account-center', accountCenterSchema, {
    webauthnRelatedOrigins,
  });

/** `GET /api/applications/:id`, or undefined when no such app exists. */
export async function getApplication(
  session: ManagementSession,
  id: string,
): Promise<Application | undefined> {
  try {
    return await managementRequest(
      session,
      'GET',
      `/api/applications/${encodeURIComponent(id)}`,
      applicationSchema,
    );
  } catch (error: unknown) {
    if (error instanceof NotFound) return undefined;
    throw error;
  }
}

/** `PATCH /api/applications/:id` with both redirect lists (Logto merges `oidcClientMetadata` one level deep). */
export const updateRedirectUris = (
  session: ManagementSession,
  id: string,
  metadata: Application['oidcClientMetadata'],
): Promise<Application> =>
  managementRequest(
    session,
    'PATCH',
    `/api/applications/${encodeURIComponent(id)}`,
    applicationSchema,
    {
      oidcClientMetadata: metadata,
    },
  );

/** `GET /api/sign-in-exp`. */
export const getSignInExperience = (session: ManagementSession): Promise<SignInExperience> =>
  managementRequest(session, 'GET', '/api/sign-in-exp', signInExperienceSchema);

/** `GET /api/logs?page_size=1`: whether the audit log the portal reads answers this app. */
export const readOneLog = (session: ManagementSession): Promise<unknown[]> =>
  managementRequest(session, 'GET', '/api/logs?page_size=1', z.array(z.unknown()));

/** `GET /api/connectors`. */
export const listConnectors = (session: ManagementSession): Promise<Connector[]> =>
  managementRequest(session, 'GET', '/api/connectors', connectorSchema.array());
