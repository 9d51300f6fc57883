import { describe, expect, it, vi } from 'vitest';

import { cachedProbe, healthReport, probeOidc } from '@/lib/health';

describe('healthReport', () => {
  it('is ok when the OIDC discovery answers, degraded otherwise, and says nothing else', () => {
    expect(healthReport('1.2.3', true)).toEqual({
      status: 'ok',
      version: '1.2.3',
      oidc: { reachable: true },
    });
    expect(healthReport('1.2.3', false)).toEqual({
      status: 'degraded',
      version: '1.2.3',
      oidc: { reachable: false },
    });
  });
});

describe('probeOidc', () => {
  const answering = (status: number) =>
    vi.fn<typeof fetch>(async () => new Response('{}', { status }));

  it('asks for the discovery document under /oidc', async () => {
    const fetchImpl = answering(200);
    expect(await probeOidc('https://tenant.logto.app', 2000, fetchImpl)).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://tenant.logto.app/oidc/.well-known/openid-configuration',
      expect.anything(),
    );
  });

  it('counts only a 200 as reachable', async () => {
    expect(await probeOidc('https://t', 2000, answering(503))).toBe(false);
    expect(await probeOidc('https://t', 2000, answering(302))).toBe(false);
    expect(await probeOidc('https://t', 2000, answering(404))).toBe(false);
  });

  it('is unreachable when the network fails', async () => {
    expect(
      await probeOidc(
        'https://t',
        2000,
        vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('fetch failed'))),
      ),
    ).toBe(false);
  });

  it('gives up after the timeout', async () => {
    const hanging = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const started = Date.now();
    expect(await probeOidc('https://t', 50, hanging)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('cachedProbe', () => {
  it('reuses an answer for the TTL, then asks again', async () => {
    let now = 0;
    const probe = vi.fn(async () => true);
    const check = cachedProbe(probe, 5000, () => now);
    expect(await check()).toBe(true);
    now = 4999;
    expect(await check()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    now = 5000;
    await check();
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('caches a failure as well, so a down Logto is not hammered', async () => {
    let now = 0;
    const probe = vi.fn(async () => false);
    const check = cachedProbe(probe, 5000, () => now);
    expect(await check()).toBe(false);
    now = 1000;
    expect(await check()).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('shares one probe between callers that arrive while it runs', async () => {
    let finish: (value: boolean) => void = () => {};
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const check = cachedProbe(probe, 5000, () => 0);
    const answers = Promise.all([check(), check(), check()]);
    finish(true);
    expect(await answers).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('times the TTL from the answer, and reads a throwing probe as unreachable', async () => {
    let now = 0;
    let finish: (value: boolean) => void = () => {};
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const check = cachedProbe(probe, 5000, () => now);
    const first = check();
    now = 2000;
    finish(true);
    await first;
    now = 6000;
    await check();
    expect(probe).toHaveBeenCalledTimes(1);

    const failing = cachedProbe(
      async () => Promise.reject(new Error('boom')),
      5000,
      () => 0,
    );
    expect(await failing()).toBe(false);
  });
});
