import { beforeEach, describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { verificationClient, type VerificationClient } from './testing/verification';

let h: Harness;
let v: VerificationClient;
let token: string;

setUpHarness((harness) => {
  h = harness;
  v = verificationClient(h);
});
beforeEach(async () => {
  token = await h.token();
});

const setPassword = (password: string, stepUp?: string, as = token) =>
  v.call('POST', '/api/my-account/password', as, { password }, stepUp);

const rejected = (data: unknown[]) => ({
  status: 422,
  body: {
    code: 'password.rejected',
    message: 'Password rejected. Please check if your password meets the requirements.',
    data,
  },
});

describe('POST /api/my-account/password (§3.2)', () => {
  it('replaces the password: 204, the new one verifies, the old one does not', async () => {
    expect(await setPassword('Correct-Horse-9', await v.stepUp(token))).toEqual({
      status: 204,
      body: {},
    });
    expect((await v.passwordRecord(token, 'Correct-Horse-9')).status).toBe(201);
    expect((await v.passwordRecord(token, 'demo-password')).status).toBe(422);
  });

  it('needs IV when the user has a password, email or phone; the field gate comes after', async () => {
    expect((await setPassword('Correct-Horse-9')).body).toMatchObject({
      code: 'verification_record.permission_denied',
    });
    await h.control('PUT', '/account-center', { fields: { password: 'ReadOnly' } });
    expect((await setPassword('Correct-Horse-9')).status).toBe(401);
    expect(await setPassword('Correct-Horse-9', await v.stepUp(token))).toEqual({
      status: 400,
      body: { code: 'account_center.field_not_editable', message: 'Field is not editable.' },
    });
  });

  it('lets a user without password, email or phone set a first password with no header', async () => {
    await h.control('POST', '/users', { username: 'bare' });
    const bare = await h.token(undefined, 'bare');
    expect((await v.call('GET', '/api/my-account', bare)).body).toMatchObject({
      hasPassword: false,
      hasSecurityVerificationMethod: false,
    });
    expect((await setPassword('Correct-Horse-9', undefined, bare)).status).toBe(204);
    expect((await v.call('GET', '/api/my-account', bare)).body).toMatchObject({
      hasPassword: true,
      hasSecurityVerificationMethod: true,
    });
    // From now on IV is needed.
    expect((await setPassword('Another-Horse-9', undefined, bare)).status).toBe(401);
  });

  it('lets a social-only user (no username either) set a first password', async () => {
    const { id } = await h.control<{ id: string }>('POST', '/users', {
      identities: { github: { userId: 'gh-1', details: { id: 'gh-1', name: 'Octo Cat' } } },
    });
    const social = await h.token(undefined, undefined, id);
    expect((await v.call('GET', '/api/my-account', social)).body).toMatchObject({
      username: null,
      identities: { github: { userId: 'gh-1', details: { id: 'gh-1', name: 'Octo Cat' } } },
      hasSecurityVerificationMethod: false,
    });
    // A username change always needs IV, which this user cannot get.
    expect((await v.call('PATCH', '/api/my-account', social, { username: 'octo' })).status).toBe(
      401,
    );
    expect((await setPassword('Correct-Horse-9', undefined, social)).status).toBe(204);
    const stepUp = await v.stepUp(social, 'Correct-Horse-9');
    expect(
      (await v.call('PATCH', '/api/my-account', social, { username: 'octo' }, stepUp)).status,
    ).toBe(200);
  });

  it('answers 422 user.same_password after the policy', async () => {
    const stepUp = await v.stepUp(token);
    expect(await setPassword('demo-password', stepUp)).toEqual({
      status: 422,
      body: {
        code: 'user.same_password',
        message: 'New password cannot be the same as your old password.',
      },
    });
    expect((await setPassword('', stepUp)).body).toMatchObject({ code: 'guard.invalid_input' });
  });
});

describe('password policy (§6.8)', () => {
  const check = async (password: string) => setPassword(password, await v.stepUp(token));

  it('reports length and character types with their interpolation', async () => {
    expect(await check('Tiny7!')).toEqual(
      rejected([{ code: 'password_rejected.too_short', interpolation: { min: 8 } }]),
    );
    await v.policies({ passwordPolicy: { length: { max: 10 }, characterTypes: { min: 3 } } });
    expect(await check('xkcdwolfmoonsun')).toEqual(
      rejected([
        { code: 'password_rejected.too_long', interpolation: { max: 10 } },
        { code: 'password_rejected.character_types', interpolation: { min: 3 } },
      ]),
    );
    expect(await check('Pässwört-9')).toEqual(
      rejected([{ code: 'password_rejected.unsupported_characters' }]),
    );
  });

  it('rejects repetition, sequences, user info and restricted words', async () => {
    expect(await check('zzzzzzzzzz')).toEqual(
      rejected([{ code: 'password_rejected.restricted.repetition' }]),
    );
    expect(await check('qwertyuiop')).toEqual(
      rejected([{ code: 'password_rejected.restricted.sequence' }]),
    );
    expect(await check('demo1234')).toEqual(
      rejected([
        { code: 'password_rejected.restricted.user_info' },
        { code: 'password_rejected.restricted.sequence' },
      ]),
    );
    expect(await check('Lovelace!7')).toEqual(
      rejected([{ code: 'password_rejected.restricted.user_info' }]),
    );
    await v.policies({ passwordPolicy: { rejects: { words: ['secret'] } } });
    expect(await check('SECRETx!')).toEqual(
      rejected([{ code: 'password_rejected.restricted.words' }]),
    );
  });

  it('tolerates a restricted part when enough of the password is free', async () => {
    expect((await check('abcd-Plum-Tree')).status).toBe(204);
  });

  it('follows the policy switches', async () => {
    const stepUp = await v.stepUp(token);
    await v.policies({
      passwordPolicy: { rejects: { repetitionAndSequence: false, userInfo: false } },
    });
    expect((await setPassword('demo1234', stepUp)).status).toBe(204);
    await v.policies({ passwordPolicy: { rejects: { pwned: true } } });
    expect(await setPassword('password1', stepUp)).toEqual(
      rejected([{ code: 'password_rejected.pwned' }]),
    );
  });
});
