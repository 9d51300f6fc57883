import { describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

const sdkDefaultScopes = ['openid', 'offline_access', 'profile'];

async function getAccount(scopes?: string[]) {
  const response = await h.api('/api/my-account', { token: await h.token(scopes) });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function patch(
  path: string,
  json: unknown,
  scopes?: string[],
  headers?: Record<string, string>,
) {
  const response = await h.api(path, {
    method: 'PATCH',
    token: await h.token(scopes),
    json,
    headers,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /api/my-account (§3.1)', () => {
  it('shows every key with every scope and every field readable', async () => {
    const account = await getAccount();
    expect(account).toMatchObject({
      id: 'demo-user',
      username: 'demo',
      name: 'Ada Lovelace',
      avatar: null,
      primaryEmail: 'ada@example.com',
      primaryPhone: '15551234567',
      profile: { givenName: 'Ada', familyName: 'Lovelace' },
      customData: {},
      identities: {},
      hasPassword: true,
      isSuspended: false,
      applicationId: null,
      hasSecurityVerificationMethod: true,
    });
    expect(typeof account.createdAt).toBe('number');
    expect(typeof account.updatedAt).toBe('number');
    expect(account).not.toHaveProperty('ssoIdentities');
  });

  it('follows the documented example: fields {name: ReadOnly} and the SDK scopes', async () => {
    await h.control('PUT', '/account-center', { fields: { name: 'ReadOnly' } });
    const account = await getAccount(sdkDefaultScopes);
    expect(Object.keys(account).sort()).toEqual(
      [
        'applicationId',
        'cimdClientId',
        'createdAt',
        'hasSecurityVerificationMethod',
        'id',
        'isSuspended',
        'lastSignInAt',
        'name',
        'updatedAt',
      ].sort(),
    );
  });

  it('needs the scope as well as a readable field', async () => {
    const account = await getAccount(['openid', 'email']);
    expect(account).toEqual({
      id: 'demo-user',
      primaryEmail: 'ada@example.com',
      hasSecurityVerificationMethod: true,
    });
  });

  it('reports hasSecurityVerificationMethod false for a user without password, email or phone', async () => {
    await h.control('POST', '/users', { username: 'socialite' });
    const response = await h.api('/api/my-account', {
      token: await h.token(['openid'], 'socialite'),
    });
    expect(await response.json()).toMatchObject({ hasSecurityVerificationMethod: false });
  });
});

describe('PATCH /api/my-account (§3.1)', () => {
  it('updates the name and answers the GET shape', async () => {
    const before = await getAccount();
    const { status, body } = await patch('/api/my-account', {
      name: 'Augusta Ada King',
      unknown: 1,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'demo-user', name: 'Augusta Ada King', username: 'demo' });
    expect(body).not.toHaveProperty('unknown');
    expect(body.updatedAt as number).toBeGreaterThanOrEqual(before.updatedAt as number);
    expect((await patch('/api/my-account', { name: null })).body).toMatchObject({ name: null });
  });

  it('answers 422 entity.value_too_long for a name over 128 characters', async () => {
    const { status, body } = await patch('/api/my-account', { name: 'x'.repeat(129) });
    expect(status).toBe(422);
    expect(body).toEqual({
      code: 'entity.value_too_long',
      message: 'The length of value is too long and exceeds the limit.',
    });
  });

  it('rejects an avatar that is not a URL with guard.invalid_input', async () => {
    const { status, body } = await patch('/api/my-account', { avatar: 'not a url' });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request body is invalid.',
      details: 'Error in key path "avatar": (invalid_string) Invalid url',
      data: { name: 'ZodError', issues: [{ code: 'invalid_string', path: ['avatar'] }] },
    });
    expect((await patch('/api/my-account', { avatar: 'https://example.com/a.png' })).status).toBe(
      200,
    );
  });

  it('rejects a wrong type and an array customData at the guard', async () => {
    expect((await patch('/api/my-account', { name: 42 })).body).toMatchObject({
      code: 'guard.invalid_input',
      details: 'Error in key path "name": (invalid_type) Expected string but received number.',
    });
    expect((await patch('/api/my-account', { customData: [1] })).body).toMatchObject({
      details: 'Error in key path "customData": (invalid_type) Expected object but received array.',
    });
  });

  it.each(['ReadOnly', 'Off'])(
    'answers 400 field_not_editable when name is %s',
    async (control) => {
      await h.control('PUT', '/account-center', { fields: { name: control, profile: 'Edit' } });
      const { status, body } = await patch('/api/my-account', { name: 'New' });
      expect(status).toBe(400);
      expect(body).toEqual({
        code: 'account_center.field_not_editable',
        message: 'Field is not editable.',
      });
    },
  );

  it('checks the fields before the profile scope, then answers 400 auth.unauthorized', async () => {
    await h.control('PUT', '/account-center', { fields: { name: 'ReadOnly' } });
    expect((await patch('/api/my-account', { name: 'New' }, ['openid'])).body).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    await h.control('POST', '/reset');
    const { status, body } = await patch('/api/my-account', { name: 'New' }, ['openid']);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'auth.unauthorized' });
  });

  it('needs custom_data for customData, and replaces it whole', async () => {
    const noScope = await patch('/api/my-account', { customData: { a: 1 } }, ['openid', 'profile']);
    expect(noScope).toMatchObject({ status: 400, body: { code: 'auth.unauthorized' } });
    await patch('/api/my-account', { customData: { a: 1, b: { c: 2 } } });
    const { body } = await patch('/api/my-account', { customData: { b: 3 } });
    expect(body.customData).toEqual({ b: 3 });
  });

  it('needs step-up for a username change, even with a bogus header', async () => {
    for (const headers of [undefined, { 'logto-verification-id': 'made-up' }]) {
      const { status, body } = await patch(
        '/api/my-account',
        { username: 'ada' },
        undefined,
        headers,
      );
      expect(status).toBe(401);
      expect(body).toEqual({
        code: 'verification_record.permission_denied',
        message: 'Permission denied, please re-authenticate.',
      });
    }
    expect((await patch('/api/my-account', { username: null })).status).toBe(401);
    expect((await patch('/api/my-account', { username: '1ada' })).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });

  it('answers an empty body with the unchanged profile', async () => {
    const { status, body } = await patch('/api/my-account', {});
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Ada Lovelace' });
  });
});

describe('PATCH /api/my-account/profile (§3.1)', () => {
  it('merges one level deep and replaces the address', async () => {
    await patch('/api/my-account/profile', { address: { country: 'GB', locality: 'London' } });
    const { status, body } = await patch('/api/my-account/profile', {
      givenName: 'Augusta',
      address: { region: 'Surrey' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      givenName: 'Augusta',
      familyName: 'Lovelace',
      address: { region: 'Surrey' },
    });
  });

  it('answers 400 auth.unauthorized for an address without the address scope', async () => {
    const scopes = ['openid', 'profile'];
    const { status, body } = await patch(
      '/api/my-account/profile',
      { address: { country: 'GB' } },
      scopes,
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'auth.unauthorized' });
  });

  it('leaves the address out of the answer without the address scope', async () => {
    await patch('/api/my-account/profile', { address: { country: 'GB' } });
    const { body } = await patch('/api/my-account/profile', { nickname: 'Ada' }, [
      'openid',
      'profile',
    ]);
    expect(body).toEqual({ givenName: 'Ada', familyName: 'Lovelace', nickname: 'Ada' });
    expect((await getAccount()).profile).toMatchObject({ address: { country: 'GB' } });
  });

  it('needs fields.profile Edit, then the profile scope', async () => {
    await h.control('PUT', '/account-center', { fields: { profile: 'ReadOnly' } });
    expect((await patch('/api/my-account/profile', { nickname: 'A' })).body).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    await h.control('POST', '/reset');
    expect(
      (await patch('/api/my-account/profile', { nickname: 'A' }, ['openid'])).body,
    ).toMatchObject({
      code: 'auth.unauthorized',
    });
  });
});
