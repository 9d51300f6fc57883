import 'server-only';

import { z } from 'zod';

import { redirectToSignIn, type Session } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { AccountApiError, isSignedOut } from '@/lib/errors';

/** The header that carries a step-up verification record id. */
export const verificationIdHeader = 'logto-verification-id';

type RequestOptions<T> = {
  /** Omit for Logto's public reads (`/api/.well-known/*`). */
  session?: Session;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  json?: unknown;
  /** A `multipart/form-data` body (uploads); fetch sets its content type and boundary. */
  form?: FormData;
  /** A step-up record id, sent as `logto-verification-id`. */
  verificationId?: string;
  /** Parses a JSON response; omit for `204 No Content` endpoints. */
  schema?: z.ZodType<T>;
  /**
   * On routes where Logto answers a missing scope with `401 auth.unauthorized` (linking social
   * identities), that answer is a configuration problem, not a dead session.
   */
  unauthorizedMeansMissingScope?: boolean;
  /** The browser's `User-Agent`, where Logto records it (a passkey's `agent`). */
  userAgent?: string;
};

const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  data: z.unknown().optional(),
});

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<AccountApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(body);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (parsed.success) {
    const { code, message, data } = parsed.data;
    return new AccountApiError(response.status, code, message, data, retryAfter);
  }
  const code = response.status >= 500 ? 'portal.unreachable' : 'portal.unexpected_response';
  return new AccountApiError(
    response.status,
    code,
    `HTTP ${response.status}`,
    undefined,
    retryAfter,
  );
}

async function send(path: string, options: RequestOptions<unknown>): Promise<Response> {
  const { endpoint, apiTimeoutMs } = getConfig();
  const headers = new Headers({ accept: 'application/json' });
  if (options.session)
    headers.set('authorization', `Bearer ${await options.session.getAccessToken()}`);
  if (options.verificationId) headers.set(verificationIdHeader, options.verificationId);
  if (options.json !== undefined) headers.set('content-type', 'application/json');
  if (options.userAgent) headers.set('user-agent', options.userAgent);
  try {
    return await fetch(`${endpoint}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
      cache: 'no-store',
      signal: AbortSignal.timeout(apiTimeoutMs),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new AccountApiError(504, 'portal.timeout', `No answer within ${apiTimeoutMs} ms`);
    }
    throw new AccountApiError(503, 'portal.unreachable', 'The Account API is unreachable.');
  }
}

async function request<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
  if (!options.schema) return undefined as T;
  const parsed = options.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new AccountApiError(
      502,
      'portal.unexpected_response',
      `Unexpected response from ${path}`,
    );
  }
  return parsed.data;
}

/**
 * The one request function for the Account API: bearer token from the session, optional step-up
 * header, JSON in and out, Logto's `{code, message, data}` errors as `AccountApiError`.
 * A dead session sends the browser to sign-in and back.
 */
export async function accountRequest<T = void>(
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const method = options.method ?? 'GET';
  try {
    return await request(path, options);
  } catch (error) {
    if (!(error instanceof AccountApiError)) throw error;
    const missingScope =
      options.unauthorizedMeansMissingScope && error.code === 'auth.unauthorized';
    if (isSignedOut(error) && !missingScope) return redirectToSignIn();
    if (error.status >= 500 || error.status === 429) {
      console.error(
        `[account-api] ${method} ${path} → ${error.status} ${error.code}: ${error.message}`,
      );
    }
    throw error;
  }
}
