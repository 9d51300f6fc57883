import { describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { verificationClient, type VerificationClient } from './testing/verification';

let h: Harness;
let v: VerificationClient;

setUpHarness((harness) => {
  h = harness;
  v = verificationClient(h);
});

const patchUsername = async (token: string, username: string | null, recordId?: string) =>
  v.call('PATCH', '/api/my-account', token, { username }, recordId);

describe('POST /api/verifications/password (§4.3.1)', () => {
  it('answers 201 with a record ID and an ISO expiry 10 minutes out', async () => {
    const before = Date.now();
    const { status, body } = await v.passwordRecord(await h.token(), 'demo-password');
    expect(status).toBe(201);
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'verificationRecordId']);
    expect(typeof body.verificationRecordId).toBe('string');
    const expiresAt = Date.parse(body.expiresAt as string);
    expect(body.expiresAt).toBe(new Date(expiresAt).toISOString());
    expect(expiresAt - before).toBeGreaterThanOrEqual(600_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(600_000);
  });

  it('answers 422 session.invalid_credentials for a wrong password or a user without one', async () => {
    const wrong = await v.passwordRecord(await h.token(), 'not-the-password');
    expect(wrong).toEqual({
      status: 422,
      body: {
        code: 'session.invalid_credentials',
        message: 'Incorrect account or password. Please check your input.',
      },
    });
    await h.control('POST', '/users', { username: 'nopass' });
    const none = await v.passwordRecord(await h.token(undefined, 'nopass'), 'anything');
    expect(none).toMatchObject({ status: 422, body: { code: 'session.invalid_credentials' } });
  });

  it('rejects an empty password at the guard, after the account-center switch', async () => {
    const token = await h.token();
    expect((await v.passwordRecord(token, '')).body).toMatchObject({ code: 'guard.invalid_input' });
    await h.control('PUT', '/account-center', { enabled: false });
    expect(await v.passwordRecord(token, 'demo-password')).toMatchObject({
      status: 400,
      body: { code: 'account_center.not_enabled' },
    });
  });
});

describe('step-up for a username change (§3.1, §4.4)', () => {
  it('accepts a password record, reusably, and GET reflects the change', async () => {
    const token = await h.token();
    const recordId = await v.stepUp(token);
    const first = await patchUsername(token, 'augusta', recordId);
    expect(first).toMatchObject({ status: 200, body: { username: 'augusta' } });
    // Records are not consumed.
    expect((await patchUsername(token, 'ada_king', recordId)).status).toBe(200);
    expect((await v.call('GET', '/api/my-account', token)).body).toMatchObject({
      username: 'ada_king',
    });
  });

  it("refuses another user's record", async () => {
    await h.control('POST', '/users', { username: 'grace', password: 'hopper-Password-1' });
    const graceRecord = await v.stepUp(await h.token(undefined, 'grace'), 'hopper-Password-1');
    expect(await patchUsername(await h.token(), 'ada', graceRecord)).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
  });

  it('checks uniqueness case-sensitively by default, case-insensitively when the policy says so', async () => {
    await h.control('POST', '/users', { username: 'grace' });
    const token = await h.token();
    const recordId = await v.stepUp(token);
    expect(await patchUsername(token, 'grace', recordId)).toEqual({
      status: 422,
      body: { code: 'user.username_already_in_use', message: 'This username is already in use.' },
    });
    expect((await patchUsername(token, 'Grace', recordId)).status).toBe(200);
    await v.policies({ usernamePolicy: { caseSensitive: false } });
    expect((await patchUsername(token, 'GRACE', recordId)).body).toMatchObject({
      code: 'user.username_already_in_use',
    });
    // The caller's own username in another case is not a collision.
    expect((await patchUsername(token, 'Lovelace', recordId)).status).toBe(200);
    expect((await patchUsername(token, 'LOVELACE', recordId)).status).toBe(200);
  });

  it.each([
    [{ minLength: 5 }, 'ada', 'user.username_too_short'],
    [{ maxLength: 4 }, 'adalove', 'user.username_too_long'],
    [{ allowedChars: { uppercase: false } }, 'Ada', 'user.username_uppercase_not_allowed'],
    [{ allowedChars: { lowercase: false } }, 'ADa', 'user.username_lowercase_not_allowed'],
    [{ allowedChars: { numbers: false } }, 'ada1', 'user.username_numbers_not_allowed'],
    [{ allowedChars: { underscore: false } }, 'ada_k', 'user.username_underscore_not_allowed'],
  ])('applies the username policy %j to %s', async (usernamePolicy, username, code) => {
    await v.policies({ usernamePolicy });
    const token = await h.token();
    const { status, body } = await patchUsername(token, username, await v.stepUp(token));
    expect(status).toBe(422);
    expect(body.code).toBe(code);
  });

  it('removes the username only when another identifier remains', async () => {
    await h.control('POST', '/users', { username: 'solo', password: 'Solo-password-1' });
    const soloToken = await h.token(undefined, 'solo');
    const soloRecord = await v.stepUp(soloToken, 'Solo-password-1');
    expect(await patchUsername(soloToken, null, soloRecord)).toEqual({
      status: 400,
      body: {
        code: 'user.last_sign_in_method_required',
        message: 'You need to keep at least one identifier in your account.',
      },
    });
    const token = await h.token();
    expect(await patchUsername(token, null, await v.stepUp(token))).toMatchObject({
      status: 200,
      body: { username: null, primaryEmail: 'ada@example.com' },
    });
  });
});

describe('lockout (§7.2)', () => {
  it('locks on the attempt that reaches maxAttempts and refuses a correct password while locked', async () => {
    await v.policies({ sentinelPolicy: { maxAttempts: 2, lockoutDuration: 3600 } });
    const token = await h.token();
    expect((await v.passwordRecord(token, 'wrong')).body).toMatchObject({
      code: 'session.invalid_credentials',
    });
    const locked = await v.passwordRecord(token, 'wrong');
    expect(locked).toEqual({
      status: 400,
      body: {
        code: 'session.verification_blocked_too_many_attempts',
        message: 'Too many attempts in a short time. Please try again in 60 minutes.',
      },
    });
    expect((await v.passwordRecord(token, 'demo-password')).body).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
    });
    // Keyed by user: someone else is not locked.
    await h.control('POST', '/users', { username: 'grace', password: 'hopper-Password-1' });
    expect(
      (await v.passwordRecord(await h.token(undefined, 'grace'), 'hopper-Password-1')).status,
    ).toBe(201);
  });

  it('ends after lockoutDuration seconds', async () => {
    await v.policies({ sentinelPolicy: { maxAttempts: 1, lockoutDuration: 1 } });
    const token = await h.token();
    expect((await v.passwordRecord(token, 'wrong')).body).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await v.passwordRecord(token, 'demo-password')).status).toBe(201);
  });
});

describe('record expiry (§4.1)', () => {
  it('treats a record past its TTL as missing', async () => {
    await v.policies({ verificationRecordTtlMs: 200 });
    const token = await h.token();
    const recordId = await v.stepUp(token);
    expect((await patchUsername(token, 'quick', recordId)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await patchUsername(token, 'late', recordId)).body).toMatchObject({
      code: 'verification_record.permission_denied',
    });
  });

  it('expires a user’s records on demand (step-up expiring mid-flow)', async () => {
    await h.control('POST', '/users', { username: 'grace', password: 'hopper-Password-1' });
    const token = await h.token();
    const recordId = await v.stepUp(token);
    const graceToken = await h.token(undefined, 'grace');
    const graceRecord = await v.stepUp(graceToken, 'hopper-Password-1');
    expect(await h.control('POST', '/expire-records', { username: 'demo' })).toEqual({
      expired: 1,
    });
    expect((await patchUsername(token, 'late', recordId)).status).toBe(401);
    expect((await patchUsername(graceToken, 'grace_h', graceRecord)).status).toBe(200);
    await h.control('POST', '/expire-records', {});
    expect((await patchUsername(graceToken, 'grace_i', graceRecord)).status).toBe(401);
  });
});
