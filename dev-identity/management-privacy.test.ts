import LogtoClient from '@logto/node';
import { describe, expect, it } from 'vitest';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from './defaults';
import { Browser } from './testing/browser';
import { PORTAL_URL, setUpHarness, type Harness } from './testing/harness';
import { managementToken } from './testing/management';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

type LogEntry = {
  id: string;
  key: string;
  createdAt: number;
  payload: Record<string, unknown>;
};

const demoUserId = async () => ((await h.control('GET', '/users/demo')) as { id: string }).id;

/** Signs in through the stand-in's page (first with `wrongPassword` when given) and redeems the code. */
async function signIn(wrongPassword?: string): Promise<void> {
  const items = new Map<string, string>();
  const navigations: string[] = [];
  const client = new LogtoClient(
    { endpoint: h.url, appId: PORTAL_CLIENT_ID, appSecret: PORTAL_CLIENT_SECRET },
    {
      navigate: (url) => {
        navigations.push(url);
      },
      storage: {
        getItem: async (key) => items.get(key) ?? null,
        setItem: async (key, value) => {
          items.set(key, value);
        },
        removeItem: async (key) => {
          items.delete(key);
        },
      },
    },
  );
  await client.signIn(`${PORTAL_URL}/callback`);
  const browser = new Browser();
  const isPortal = (url: string) => url.startsWith(PORTAL_URL);
  const page = await browser.follow(navigations[0] ?? '', isPortal);
  const headers = { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Firefox/128.0' };
  if (wrongPassword) {
    const failed = await browser.request(page.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'demo', password: wrongPassword }).toString(),
    });
    expect(failed.status).toBe(401);
  }
  const submitted = await browser.request(page.url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'demo', password: 'demo-password' }).toString(),
  });
  const landed = await browser.follow(
    new URL(submitted.headers.get('location') ?? '', page.url).href,
    isPortal,
  );
  await client.handleSignInCallback(landed.url);
  await client.getAccessToken();
}

describe('GET /api/logs', () => {
  it('lists the sign-in interactions and token exchanges of a user, newest first, in Logto’s shape', async () => {
    await signIn('wrong-password');
    const userId = await demoUserId();
    const response = await h.api(`/api/logs?userId=${userId}`, { token: await managementToken(h) });
    expect(response.status).toBe(200);
    expect(response.headers.get('total-number')).toBe('4');
    const logs = (await response.json()) as LogEntry[];
    expect(logs.map(({ key, payload }) => [key, payload.result])).toEqual([
      ['ExchangeTokenBy.AuthorizationCode', 'Success'],
      ['Interaction.SignIn.Submit', 'Success'],
      ['Interaction.SignIn.Verification.Password.Submit', 'Success'],
      ['Interaction.SignIn.Verification.Password.Submit', 'Error'],
    ]);
    const [, submit, , failure] = logs;
    expect(Object.keys(submit ?? {}).sort()).toEqual(['createdAt', 'id', 'key', 'payload']);
    expect(submit?.payload).toMatchObject({
      key: 'Interaction.SignIn.Submit',
      result: 'Success',
      userId,
      applicationId: PORTAL_CLIENT_ID,
      userAgent: expect.stringContaining('Firefox'),
      userAgentParsed: { browser: { name: 'Firefox' } },
      ip: expect.any(String),
    });
    expect(failure?.payload).toMatchObject({
      error: { code: 'session.invalid_credentials' },
      payload: { password: '******' },
    });
    expect(JSON.stringify(logs)).not.toContain('wrong-password');
  });

  it('pages with page and page_size, Total-Number and Link, and refuses bad paging', async () => {
    await signIn();
    await signIn();
    const token = await managementToken(h);
    const userId = await demoUserId();
    const page2 = await h.api(`/api/logs?userId=${userId}&page=2&page_size=2`, { token });
    expect(page2.headers.get('total-number')).toBe('6');
    expect(((await page2.json()) as LogEntry[]).length).toBe(2);
    const link = page2.headers.get('link') ?? '';
    expect(link).toContain('page=1&page_size=2>; rel="first"');
    expect(link).toContain('page=3&page_size=2>; rel="last"');
    expect(link).toContain('rel="prev"');
    expect(link).toContain('rel="next"');
    for (const query of ['page=0', 'page_size=101', 'page=abc']) {
      const bad = await h.api(`/api/logs?${query}`, { token });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'guard.invalid_pagination' });
    }
    const other = await h.api('/api/logs?userId=someone-else', { token });
    expect(await other.json()).toEqual([]);
    expect(other.headers.get('total-number')).toBe('0');
  });

  it('answers only Management API tokens', async () => {
    const missing = await h.api('/api/logs');
    expect(missing.status).toBe(401);
    const userToken = await h.api('/api/logs', { token: await h.token() });
    expect(userToken.status).toBe(401);
    expect(await userToken.json()).toMatchObject({ code: 'auth.unauthorized' });
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    const noRole = await h.api('/api/logs', { token: await managementToken(h) });
    expect(noRole.status).toBe(403);
    expect(await noRole.json()).toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('DELETE /api/users/:userId', () => {
  it('deletes the user and ends what they held: 204, then 404 entity.not_exists_with_id', async () => {
    const userId = await demoUserId();
    const accountToken = await h.token();
    const token = await managementToken(h);
    const deleted = await h.api(`/api/users/${userId}`, { method: 'DELETE', token });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const again = await h.api(`/api/users/${userId}`, { method: 'DELETE', token });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ code: 'entity.not_exists_with_id' });
    const lookup = await h.api('/__test/users/demo');
    expect(lookup.status).toBe(404);
    const account = await h.api('/api/my-account', { token: accountToken });
    expect(account.status).toBe(401);
  });

  it('answers only Management API tokens with the all scope', async () => {
    const userId = await demoUserId();
    const missing = await h.api(`/api/users/${userId}`, { method: 'DELETE' });
    expect(missing.status).toBe(401);
    const userToken = await h.api(`/api/users/${userId}`, {
      method: 'DELETE',
      token: await h.token(),
    });
    expect(userToken.status).toBe(401);
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    const noRole = await h.api(`/api/users/${userId}`, {
      method: 'DELETE',
      token: await managementToken(h),
    });
    expect(noRole.status).toBe(403);
    expect((await h.api('/__test/users/demo')).status).toBe(200);
  });
});

describe('POST /__test/logs', () => {
  it('adds an entry for a user at a chosen age, and client-credentials tokens are remembered', async () => {
    const token = await managementToken(h);
    const created = await h.control<{ id: string }>('POST', '/logs', {
      key: 'Interaction.SignIn.Verification.Social.Submit',
      username: 'demo',
      ageMs: 60_000,
      payload: { signInContext: { country: 'JP', city: 'Tokyo' } },
    });
    const logs = (await (
      await h.api(`/api/logs?userId=${await demoUserId()}`, { token })
    ).json()) as LogEntry[];
    expect(logs).toEqual([
      expect.objectContaining({
        id: created.id,
        payload: expect.objectContaining({ signInContext: { country: 'JP', city: 'Tokyo' } }),
      }),
    ]);
    expect(Date.now() - (logs[0]?.createdAt ?? 0)).toBeGreaterThanOrEqual(60_000);
    const tokens = await h.control<{ managementTokens: string[] }>('GET', '/tokens');
    expect(tokens.managementTokens).toContain(token);
  });
});
