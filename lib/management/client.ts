import 'server-only';

import { z } from 'zod';

import { getConfig } from '@/lib/config';
import { AccountApiError } from '@/lib/errors';
import { clientCredentialsRequest } from '@/lib/management/client-credentials';
import { createTokenCache } from '@/lib/management/token-cache';

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number() });

/** Whether the operator gave the portal a machine-to-machine app (the Management API features). */
export const hasManagementAccess = () => getConfig().m2m !== undefined;

const tokens = createTokenCache(async () => {
  const { endpoint, m2m, apiTimeoutMs } = getConfig();
  if (!m2m) throw new AccountApiError(501, 'portal.no_management_access', 'No M2M app.');
  const response = await fetch(`${endpoint}/oidc/token`, {
    ...clientCredentialsRequest(m2m, m2m.resource),
    cache: 'no-store',
    signal: AbortSignal.timeout(apiTimeoutMs),
  });
  const parsed = tokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!response.ok || !parsed.success) {
    // Never the body: it is Logto's OAuth error, but nothing here may echo the credentials.
    console.error(
      `[management-api] the machine-to-machine app "${m2m.appId}" got no token (HTTP ${response.status}): check LOGTO_M2M_APP_ID, LOGTO_M2M_APP_SECRET and LOGTO_MANAGEMENT_RESOURCE`,
    );
    throw new AccountApiError(503, 'portal.management_refused', 'No Management API token.');
  }
  return { accessToken: parsed.data.access_token, expiresIn: parsed.data.expires_in };
});

const errorSchema = z.object({ code: z.string(), message: z.string() });

/** A Management API answer that the caller reads itself (status, headers, JSON). */
async function send(path: string, method: 'GET' | 'DELETE'): Promise<Response> {
  const { endpoint, apiTimeoutMs } = getConfig();
  let response: Response;
  try {
    response = await fetch(`${endpoint}${path}`, {
      method,
      headers: { authorization: `Bearer ${await tokens.get()}`, accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(apiTimeoutMs),
    });
  } catch (error) {
    if (error instanceof AccountApiError) throw error;
    throw new AccountApiError(503, 'portal.unreachable', 'The Management API is unreachable.');
  }
  if (response.ok) return response;
  // A revoked app or a changed role: the next call asks for a new token.
  if (response.status === 401 || response.status === 403) tokens.clear();
  const body = errorSchema.safeParse(await response.json().catch(() => undefined));
  const code = body.success ? body.data.code : 'portal.unexpected_response';
  if (response.status !== 404) {
    console.error(`[management-api] ${method} ${path.split('?')[0]} → ${response.status} ${code}`);
  }
  throw new AccountApiError(response.status, code, body.success ? body.data.message : '');
}

/** `DELETE /api/users/:userId`; an already deleted user counts as deleted. */
export async function deleteUser(userId: string): Promise<void> {
  try {
    await send(`/api/users/${encodeURIComponent(userId)}`, 'DELETE');
  } catch (error) {
    if (error instanceof AccountApiError && error.code === 'entity.not_exists_with_id') return;
    throw error;
  }
}

/** One entry of Logto's audit log (`GET /api/logs`), with the payload keys the portal reads. */
export const logEntrySchema = z.object({
  id: z.string(),
  key: z.string(),
  createdAt: z.number(),
  payload: z
    .object({
      result: z.string().optional(),
      ip: z.string().optional(),
      userAgent: z.string().optional(),
      applicationId: z.string().optional(),
      signInContext: z
        .object({ country: z.string().optional(), city: z.string().optional() })
        .partial()
        .passthrough()
        .optional(),
    })
    .passthrough(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

const pageSize = 100;
/** At most this many pages (500 entries) are read for one view. */
const maxPages = 5;

/**
 * The user's audit log entries since `since` (epoch ms), newest first: page by page, until an
 * entry is older or the pages run out.
 */
export async function listUserLogs(userId: string, since: number): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const query = new URLSearchParams({
      userId,
      page: String(page),
      page_size: String(pageSize),
    });
    const response = await send(`/api/logs?${query.toString()}`, 'GET');
    const parsed = z.array(logEntrySchema).safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new AccountApiError(502, 'portal.unexpected_response', 'Unexpected /api/logs answer');
    }
    const recent = parsed.data.filter(({ createdAt }) => createdAt >= since);
    entries.push(...recent);
    const total = Number(response.headers.get('total-number') ?? 0);
    if (recent.length < parsed.data.length || page * pageSize >= total) break;
  }
  return entries;
}
