import { describe, expect, it, vi } from 'vitest';

import { createStandIn } from './server';
import { PORTAL_URL, setUpHarness, type Harness } from './testing/harness';
import { managementToken } from './testing/management';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

describe('test controls', () => {
  it('are absent in dev mode', async () => {
    const dev = await createStandIn({ port: 0, portalUrl: PORTAL_URL, mode: 'dev' });
    try {
      expect((await fetch(`${dev.url}/__test/reset`, { method: 'POST' })).status).toBe(404);
      expect(await (await fetch(`${dev.url}/health`)).json()).toEqual({ status: 'ok' });
    } finally {
      await dev.close();
    }
  });

  it('create and read users without exposing the password', async () => {
    const { id } = await h.control<{ id: string }>('POST', '/users', {
      username: 'grace',
      password: 'hopper-password',
      name: 'Grace Hopper',
      primaryEmail: 'grace@example.com',
      profile: { givenName: 'Grace' },
    });
    const user = await h.control<Record<string, unknown>>('GET', '/users/grace');
    expect(user).toMatchObject({ id, username: 'grace', name: 'Grace Hopper', hasPassword: true });
    expect(JSON.stringify(user)).not.toContain('hopper-password');
    expect(user).not.toHaveProperty('passwordHash');
    expect(
      (await h.api('/__test/users', { method: 'POST', json: { username: 'grace' } })).status,
    ).toBe(409);
    expect((await h.api('/__test/users/nobody')).status).toBe(404);
  });

  it('reset restores the seed', async () => {
    const token = await h.token();
    await h.api('/api/my-account', { method: 'PATCH', token, json: { name: 'Changed' } });
    await h.control('PUT', '/account-center', { enabled: false });
    await h.control('POST', '/reset');
    expect((await h.api('/api/my-account', { token })).status).toBe(401);
    expect(await h.control('GET', '/users/demo')).toMatchObject({ name: 'Ada Lovelace' });
    expect(await h.control('GET', '/tokens')).toEqual({
      accessTokens: [],
      refreshTokens: [],
      managementTokens: [],
    });
  });

  it('reset can give the demo user a fresh id', async () => {
    await h.control('POST', '/reset', { demoUserId: 'demo-7f3k' });
    expect(await h.control('GET', '/users/demo')).toMatchObject({ id: 'demo-7f3k' });
    await h.control('POST', '/reset');
    expect(await h.control('GET', '/users/demo')).toMatchObject({ id: 'demo-user' });
  });

  it('replace the whole fields object', async () => {
    const settings = await h.control('PUT', '/account-center', {
      fields: { name: 'ReadOnly', bogus: 'Edit' },
    });
    expect(settings).toMatchObject({ enabled: true, fields: { name: 'ReadOnly' } });
    expect((settings as { fields: object }).fields).toEqual({ name: 'ReadOnly' });
    const invalid = await h.api('/__test/account-center', {
      method: 'PUT',
      json: { fields: { name: 'Maybe' } },
    });
    expect(invalid.status).toBe(400);
  });

  it('list every minted token', async () => {
    const first = await h.token();
    const second = await h.token(['openid']);
    expect(await h.control('GET', '/tokens')).toEqual({
      accessTokens: [first, second],
      refreshTokens: [],
      managementTokens: [],
    });
  });

  it('serve the default policies, merge a partial update, and reset them', async () => {
    const defaults = await h.control('GET', '/policies');
    expect(defaults).toEqual({
      verificationRecordTtlMs: 600_000,
      codeExpirationSeconds: 600,
      codeMaxRetryAttempts: 10,
      sentinelPolicy: { maxAttempts: 100, lockoutDuration: 3600 },
      sendLimit: { max: 10, windowSeconds: 600 },
      connectors: { email: true, sms: true },
      passwordPolicy: {
        length: { min: 8, max: 256 },
        characterTypes: { min: 1 },
        rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
      },
      usernamePolicy: {
        caseSensitive: true,
        minLength: 1,
        maxLength: 128,
        allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
      },
      emailBlocklistPolicy: { blockSubaddressing: false, customBlocklist: [], allowlist: [] },
    });
    const updated = await h.control('PUT', '/policies', {
      passwordPolicy: { length: { min: 12 } },
      usernamePolicy: { allowedChars: { numbers: false } },
      emailBlocklistPolicy: { allowlist: ['@corp.io'] },
      connectors: { sms: false },
    });
    expect(updated).toMatchObject({
      passwordPolicy: { length: { min: 12, max: 256 } },
      usernamePolicy: { allowedChars: { numbers: false, lowercase: true } },
      emailBlocklistPolicy: { allowlist: ['@corp.io'] },
      connectors: { email: true, sms: false },
    });
    const signInExperience = await (await h.api('/api/.well-known/sign-in-exp')).json();
    expect(signInExperience).toMatchObject({ passwordPolicy: { length: { min: 12 } } });
    const stored = await (
      await h.api('/api/sign-in-exp', { token: await managementToken(h) })
    ).json();
    expect(stored).toMatchObject({ emailBlocklistPolicy: { customAllowlist: ['@corp.io'] } });
    expect(
      (await h.api('/__test/policies', { method: 'PUT', json: { sendLimit: { max: -1 } } })).status,
    ).toBe(400);
    await h.control('POST', '/reset');
    expect(await h.control('GET', '/policies')).toEqual(defaults);
  });

  it('create users without username, password, email or phone, with social identities', async () => {
    const { id } = await h.control<{ id: string }>('POST', '/users', {
      identities: { github: { userId: 'gh-1', details: { id: 'gh-1' } } },
    });
    const token = await h.token(['openid', 'identities'], undefined, id);
    const account = await (await h.api('/api/my-account', { token })).json();
    expect(account).toEqual({
      id,
      identities: { github: { userId: 'gh-1', details: { id: 'gh-1' } } },
      hasSecurityVerificationMethod: false,
    });
    expect((await h.api('/__test/users', { method: 'POST', json: { id } })).status).toBe(409);
    expect((await h.api('/__test/access-token', { method: 'POST', json: {} })).status).toBe(400);
  });

  it('print each code on one line unless told not to', async () => {
    const standIn = await createStandIn({ port: 0, portalUrl: PORTAL_URL, mode: 'test' });
    const lines: string[] = [];
    const spy = vi
      .spyOn(console, 'log')
      .mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      const post = (path: string, body: unknown, token?: string) =>
        fetch(`${standIn.url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
      const { accessToken } = (await (
        await post('/__test/access-token', { username: 'demo' })
      ).json()) as { accessToken: string };
      const identifier = { type: 'email', value: 'ada@example.com' };
      expect(
        (await post('/api/verifications/verification-code', { identifier }, accessToken)).status,
      ).toBe(201);
      expect(lines).toEqual([
        expect.stringMatching(/^\[stand-in\] verification code for ada@example\.com: \d{6}$/),
      ]);
    } finally {
      spy.mockRestore();
      await standIn.close();
    }
  });

  it('patch a user behind the portal’s back and list issued record IDs', async () => {
    const changed = await h.control('PATCH', '/users/demo', {
      primaryEmail: null,
      password: null,
      name: 'A. L.',
    });
    expect(changed).toMatchObject({
      primaryEmail: null,
      hasPassword: false,
      name: 'A. L.',
      primaryPhone: '15551234567',
    });
    await h.control('POST', '/users', { username: 'grace' });
    expect(
      (await h.api('/__test/users/demo', { method: 'PATCH', json: { username: 'grace' } })).status,
    ).toBe(409);
    expect((await h.api('/__test/users/nobody', { method: 'PATCH', json: {} })).status).toBe(404);
    await h.control('PATCH', '/users/demo', { password: 'fresh-Password-1' });
    const token = await h.token();
    const created = await h.api('/api/verifications/password', {
      method: 'POST',
      token,
      json: { password: 'fresh-Password-1' },
    });
    const { verificationRecordId } = (await created.json()) as { verificationRecordId: string };
    await h.control('POST', '/expire-records', {});
    expect(await h.control('GET', '/records')).toEqual({
      recordIds: [verificationRecordId],
      providerCodes: [],
    });
  });

  it('list codes per recipient and expire records', async () => {
    expect((await h.api('/__test/codes')).status).toBe(400);
    expect(await h.control('GET', '/codes?identifier=nobody@example.com')).toEqual({ codes: [] });
    expect(
      (await h.api('/__test/expire-records', { method: 'POST', json: { username: 'ghost' } }))
        .status,
    ).toBe(404);
    expect(await h.control('POST', '/expire-records', {})).toEqual({ expired: 0 });
  });
});
