import { describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

describe('token check (§1.4)', () => {
  it('answers 401 auth.authorization_header_missing without a header', async () => {
    const response = await h.api('/api/my-account');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 'auth.authorization_header_missing',
      message: 'Authorization header is missing.',
    });
  });

  it('answers 401 auth.authorization_token_type_not_supported for Basic', async () => {
    const response = await h.api('/api/my-account', {
      headers: { authorization: 'Basic ZGVtbzpkZW1v' },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 'auth.authorization_token_type_not_supported',
      data: { supportedTypes: ['Bearer'] },
      message: 'Authorization type is not supported.',
    });
  });

  it.each([
    ['an unknown token', 'not-a-real-token'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vLXVzZXIifQ.c2lnbmF0dXJl'],
    ['an empty token', ''],
  ])('answers 401 auth.unauthorized for %s', async (_label, token) => {
    const response = await h.api('/api/my-account', { token });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 'auth.unauthorized',
      message: 'Unauthorized. Please check credentials and its scope.',
    });
  });

  it('answers 403 auth.forbidden for a token without openid', async () => {
    const token = await h.token(['profile']);
    const response = await h.api('/api/my-account', { token });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'auth.forbidden' });
  });

  it('answers 401 for a revoked token', async () => {
    const token = await h.token();
    expect((await h.api('/api/my-account', { token })).status).toBe(200);
    await h.control('POST', '/revoke', { username: 'demo' });
    expect((await h.api('/api/my-account', { token })).status).toBe(401);
  });

  it('answers 401 once the token has expired', async () => {
    await h.control('PUT', '/oidc', { accessTokenTtl: 1 });
    const token = await h.token();
    expect((await h.api('/api/my-account', { token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await h.api('/api/my-account', { token });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'auth.unauthorized' });
  });
});

describe('account center switch and body parsing (§1.3)', () => {
  it('answers 400 account_center.not_enabled after the token check', async () => {
    await h.control('PUT', '/account-center', { enabled: false });
    const token = await h.token();
    const disabled = await h.api('/api/my-account', { token });
    expect(disabled.status).toBe(400);
    expect(await disabled.json()).toEqual({
      code: 'account_center.not_enabled',
      message: 'Account center is not enabled.',
    });
    expect((await h.api('/api/my-account')).status).toBe(401);
  });

  it('answers malformed JSON with only a message, after the earlier checks', async () => {
    const token = await h.token();
    const init = {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    };
    const malformed = await h.api('/api/my-account', { ...init, token });
    expect(malformed.status).toBe(400);
    const body: unknown = await malformed.json();
    expect(Object.keys(body as object)).toEqual(['message']);

    expect((await h.api('/api/my-account', init)).status).toBe(401);
    await h.control('PUT', '/account-center', { enabled: false });
    expect(await (await h.api('/api/my-account', { ...init, token })).json()).toMatchObject({
      code: 'account_center.not_enabled',
    });
  });

  it('rejects a JSON body that is not an object or array', async () => {
    const token = await h.token();
    const response = await h.api('/api/my-account', {
      method: 'PATCH',
      token,
      headers: { 'content-type': 'application/json' },
      body: '"name"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: 'invalid JSON, only supports object and array',
    });
  });
});

describe('public reads', () => {
  it('serves the account center settings without a token', async () => {
    const response = await h.api('/api/.well-known/account-center');
    expect(response.status).toBe(200);
    const settings = (await response.json()) as Record<string, unknown>;
    expect(settings).toMatchObject({ id: 'default', enabled: true, webauthnRelatedOrigins: [] });
    expect(Object.keys(settings).sort()).toEqual([
      'customCss',
      'deleteAccountUrl',
      'enabled',
      'fields',
      'id',
      'profileFields',
      'tenantId',
      'webauthnRelatedOrigins',
    ]);
  });

  it('serves a sign-in experience', async () => {
    const response = await h.api('/api/.well-known/sign-in-exp');
    expect(await response.json()).toMatchObject({
      socialConnectors: [
        { id: 'github-connector' },
        { id: 'google-connector' },
        { id: 'apple-connector' },
      ],
      passwordPolicy: { length: { min: 8 } },
    });
  });
});

describe('faults', () => {
  it('answers the next matching request once, then processes normally', async () => {
    const token = await h.token();
    await h.control('POST', '/faults', {
      path: '/api/my-account',
      status: 503,
      body: { message: 'Down.' },
    });
    const failed = await h.api('/api/my-account', { token });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ message: 'Down.' });
    expect((await h.api('/api/my-account', { token })).status).toBe(200);
  });

  it('matches a prefix and a method, with headers and a count', async () => {
    const token = await h.token();
    await h.control('POST', '/faults', {
      path: '/api/my-account*',
      method: 'patch',
      status: 429,
      body: { code: 'request.message_rate_limited', message: 'Too many.' },
      headers: { 'Retry-After': '30' },
      times: 2,
    });
    expect((await h.api('/api/my-account', { token })).status).toBe(200);
    for (const path of ['/api/my-account', '/api/my-account/profile']) {
      const limited = await h.api(path, { token, method: 'PATCH', json: {} });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('30');
    }
    expect((await h.api('/api/my-account', { token, method: 'PATCH', json: {} })).status).toBe(200);
  });

  it('only delays when no status is given', async () => {
    const token = await h.token();
    await h.control('POST', '/faults', { path: '/api/my-account', delayMs: 150 });
    const started = Date.now();
    const response = await h.api('/api/my-account', { token });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('can simulate a revoked token', async () => {
    const token = await h.token();
    await h.control('POST', '/faults', {
      path: '/api/my-account',
      status: 401,
      body: {
        code: 'auth.unauthorized',
        message: 'Unauthorized. Please check credentials and its scope.',
      },
    });
    expect(await (await h.api('/api/my-account', { token })).json()).toMatchObject({
      code: 'auth.unauthorized',
    });
  });
});
