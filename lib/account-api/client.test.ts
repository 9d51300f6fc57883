import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import { AccountApiError } from '@/lib/errors';

vi.mock('@/lib/config', () => ({
  getConfig: () => ({ endpoint: 'https://tenant.example', apiTimeoutMs: 50 }),
}));
vi.mock('@/lib/auth/session', () => ({
  redirectToSignIn: vi.fn(async () => {
    throw new Error('redirected to sign-in');
  }),
}));

const session = { userId: 'u1', getAccessToken: async () => 'opaque-token' };
const fetchMock = vi.fn<typeof fetch>();
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockReset();
});

describe('accountRequest', () => {
  it('sends the bearer token, the step-up header and JSON, and parses the answer', async () => {
    fetchMock.mockResolvedValue(json(200, { id: 'u1', extra: true }));
    const result = await accountRequest('/api/my-account', {
      session,
      method: 'PATCH',
      json: { name: 'Ada' },
      verificationId: 'record-1',
      schema: z.object({ id: z.string() }),
    });
    expect(result).toEqual({ id: 'u1' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://tenant.example/api/my-account');
    const headers = new Headers(init?.headers);
    expect(headers.get('authorization')).toBe('Bearer opaque-token');
    expect(headers.get('logto-verification-id')).toBe('record-1');
    expect(headers.get('content-type')).toBe('application/json');
    expect(init?.body).toBe('{"name":"Ada"}');
  });

  it('sends no credentials on public reads', async () => {
    fetchMock.mockResolvedValue(json(200, {}));
    await accountRequest('/api/.well-known/account-center');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('authorization')).toBe(false);
  });

  it('turns Logto error bodies into AccountApiError with status, code and data', async () => {
    fetchMock.mockResolvedValue(
      json(422, { code: 'password.rejected', message: 'Rejected', data: { issues: [] } }),
    );
    const error = await accountRequest('/api/my-account/password', {
      session,
      method: 'POST',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountApiError);
    expect(error).toMatchObject({ status: 422, code: 'password.rejected', data: { issues: [] } });
  });

  it('reads Retry-After on a 429', async () => {
    fetchMock.mockResolvedValue(
      json(
        429,
        { code: 'request.message_rate_limited', message: 'Slow down' },
        { 'retry-after': '42' },
      ),
    );
    await expect(accountRequest('/api/x', { session })).rejects.toMatchObject({
      status: 429,
      retryAfter: 42,
    });
  });

  it('sends a dead session to sign-in', async () => {
    fetchMock.mockResolvedValue(json(401, { code: 'auth.unauthorized', message: 'Unauthorized.' }));
    await expect(accountRequest('/api/my-account', { session })).rejects.toThrow(
      'redirected to sign-in',
    );
  });

  it('reports an unreachable API as a service problem', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(accountRequest('/api/my-account', { session })).rejects.toMatchObject({
      status: 503,
      code: 'portal.unreachable',
    });
  });

  it('gives up on a slow API', async () => {
    fetchMock.mockRejectedValue(new DOMException('timed out', 'TimeoutError'));
    await expect(accountRequest('/api/my-account', { session })).rejects.toMatchObject({
      status: 504,
      code: 'portal.timeout',
    });
  });

  it('treats a non-JSON 5xx as unreachable and a malformed success as unexpected', async () => {
    fetchMock.mockResolvedValueOnce(new Response('Bad gateway', { status: 502 }));
    await expect(accountRequest('/api/my-account', { session })).rejects.toMatchObject({
      code: 'portal.unreachable',
    });
    fetchMock.mockResolvedValueOnce(json(200, { nope: 1 }));
    await expect(
      accountRequest('/api/my-account', { session, schema: z.object({ id: z.string() }) }),
    ).rejects.toMatchObject({ code: 'portal.unexpected_response' });
  });
});
