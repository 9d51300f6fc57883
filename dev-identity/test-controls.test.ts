import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createStandIn } from './server';
import { PORTAL_URL, startHarness, type Harness } from './testing/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.standIn.close();
});
beforeEach(async () => {
  await h.control('POST', '/reset');
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
    expect((await h.api('/__test/users', { method: 'POST', json: { username: 'grace' } })).status).toBe(409);
    expect((await h.api('/__test/users/nobody')).status).toBe(404);
  });

  it('reset restores the seed', async () => {
    const token = await h.token();
    await h.api('/api/my-account', { method: 'PATCH', token, json: { name: 'Changed' } });
    await h.control('PUT', '/account-center', { enabled: false });
    await h.control('POST', '/reset');
    expect((await h.api('/api/my-account', { token })).status).toBe(401);
    expect(await h.control('GET', '/users/demo')).toMatchObject({ name: 'Ada Lovelace' });
    expect(await h.control('GET', '/tokens')).toEqual({ accessTokens: [], refreshTokens: [] });
  });

  it('replace the whole fields object', async () => {
    const settings = await h.control('PUT', '/account-center', { fields: { name: 'ReadOnly', bogus: 'Edit' } });
    expect(settings).toMatchObject({ enabled: true, fields: { name: 'ReadOnly' } });
    expect((settings as { fields: object }).fields).toEqual({ name: 'ReadOnly' });
    const invalid = await h.api('/__test/account-center', { method: 'PUT', json: { fields: { name: 'Maybe' } } });
    expect(invalid.status).toBe(400);
  });

  it('list every minted token', async () => {
    const first = await h.token();
    const second = await h.token(['openid']);
    expect(await h.control('GET', '/tokens')).toEqual({ accessTokens: [first, second], refreshTokens: [] });
  });
});
