import { readFileSync } from 'node:fs';

import { PORTAL_CLIENT_SECRET } from '../dev-identity/defaults';

import { expect, test } from './fixtures';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

/** The portal keeps a probe's answer for 5 s, so a change shows within about that long. */
const probeCache = { timeout: 15_000, intervals: [500] };

test.describe('GET /api/health', () => {
  test('answers ok, uncached and without signing in, while Logto answers', async ({ request }) => {
    await expect
      .poll(
        async () => (await request.get('/api/health', { maxRedirects: 0 })).status(),
        probeCache,
      )
      .toBe(200);
    const response = await request.get('/api/health', { maxRedirects: 0 });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ok', version, oidc: { reachable: true } });
    const body = await response.text();
    for (const secret of [PORTAL_CLIENT_SECRET, 'end-to-end-cookie-secret', 'localhost:']) {
      expect(body).not.toContain(secret);
    }
  });

  test('answers 503 degraded while the OIDC discovery fails', async ({ request, standIn }) => {
    await standIn.injectFault({
      path: '/oidc/.well-known/openid-configuration',
      status: 503,
      times: 5,
    });
    await expect
      .poll(
        async () => (await request.get('/api/health', { maxRedirects: 0 })).status(),
        probeCache,
      )
      .toBe(503);
    const response = await request.get('/api/health', { maxRedirects: 0 });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'degraded',
      version,
      oidc: { reachable: false },
    });
  });
});
