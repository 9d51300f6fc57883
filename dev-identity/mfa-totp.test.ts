import { beforeEach, describe, expect, it } from 'vitest';

import { isValidTotpCode, totpCode } from './state/mfa';
import { setUpHarness, type Harness } from './testing/harness';
import { mfaClient, type MfaClient } from './testing/mfa';
import { verificationClient, type VerificationClient } from './testing/verification';

let h: Harness;
let m: MfaClient;
let v: VerificationClient;
let token: string;

setUpHarness((harness) => {
  h = harness;
  m = mfaClient(h);
  v = verificationClient(h);
});
beforeEach(async () => {
  token = await h.token();
});

const error = (status: number, code: string) => ({
  status,
  body: expect.objectContaining({ code }) as unknown,
});

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('POST …/mfa-verifications/totp-secret/generate', () => {
  it('answers a fresh 32-character base32 secret, stored nowhere, with no field or scope check', async () => {
    await m.fields({});
    const narrow = await h.token(['openid']);
    const first = await m.generateSecret(narrow);
    const second = await m.generateSecret(narrow);
    expect(first).toEqual({
      status: 200,
      body: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/) },
    });
    expect(second.body.secret).not.toBe(first.body.secret);
    expect(await m.stored()).toEqual([]);
  });
});

describe('POST /api/my-account/mfa-verifications { type: "Totp" } (§3.6)', () => {
  it('checks IV → field → scope → factor enabled, in that order', async () => {
    const body = { type: 'Totp', secret: SECRET };
    await m.fields({ mfa: 'ReadOnly' });
    expect(await m.add(token, body)).toEqual(error(401, 'verification_record.permission_denied'));
    const stepUp = await v.stepUp(token);
    expect(await m.add(token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'Edit' });
    const noScope = await h.token(['openid', 'profile']);
    expect(await m.add(noScope, body, await v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    // The default sign-in experience has `mfa.factors: []`.
    expect(await m.add(token, body, stepUp)).toEqual({
      status: 400,
      body: { code: 'session.mfa.mfa_factor_not_enabled', message: 'MFA factor is not enabled.' },
    });
    await m.enable(['WebAuthn', 'BackupCode']);
    expect(await m.add(token, body, stepUp)).toEqual(
      error(400, 'session.mfa.mfa_factor_not_enabled'),
    );
  });

  it('takes only the literal "Totp": "TOTP" fails the body guard', async () => {
    await m.enable(['Totp']);
    const answer = await m.add(token, { type: 'TOTP', secret: SECRET }, await v.stepUp(token));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request body is invalid.',
      data: {
        issues: [
          {
            code: 'invalid_union_discriminator',
            options: ['WebAuthn', 'Totp', 'BackupCode'],
            path: ['type'],
            message: "Invalid discriminator value. Expected 'WebAuthn' | 'Totp' | 'BackupCode'",
          },
        ],
      },
    });
  });

  it('binds a valid secret and code, enables MFA, and lists the factor without its key', async () => {
    await m.enable(['Totp']);
    const stepUp = await v.stepUp(token);
    expect(await m.add(token, { type: 'Totp', secret: 'JBSWY3DP' }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(await m.add(token, { type: 'Totp', secret: SECRET.toLowerCase() }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(await m.add(token, { type: 'Totp', secret: SECRET, code: '000000' }, stepUp)).toEqual({
      status: 400,
      body: { code: 'session.mfa.invalid_totp_code', message: 'Invalid TOTP code.' },
    });
    expect(await m.stored()).toEqual([]);
    const secret = await m.bindTotp(token, stepUp);
    const listed = await m.list(token);
    expect(listed).toEqual({
      status: 200,
      body: [
        {
          id: expect.stringMatching(/^[a-z0-9]{21}$/),
          createdAt: expect.any(String),
          type: 'Totp',
        },
      ],
    });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(await m.stored()).toEqual([expect.objectContaining({ type: 'Totp', key: secret })]);
    expect(await m.logtoConfig()).toEqual({ mfa: { enabled: true }, passkey_sign_in: {} });
    expect(await m.add(token, { type: 'Totp', secret: SECRET }, stepUp)).toEqual({
      status: 422,
      body: { code: 'user.totp_already_in_use', message: 'TOTP is already in use.' },
    });
  });

  it('skips the code check when the code is absent or empty, as Logto does', async () => {
    await m.enable(['Totp']);
    expect(
      await m.add(token, { type: 'Totp', secret: SECRET, code: '' }, await v.stepUp(token)),
    ).toEqual({
      status: 204,
      body: {},
    });
  });
});

describe('PUT /api/my-account/mfa-verifications/totp', () => {
  it('requires the code, keeps the old factor on a wrong one, and replaces it with a new ID', async () => {
    await m.enable(['Totp']);
    const stepUp = await v.stepUp(token);
    expect((await m.putTotp(token, { secret: SECRET }, stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
    await m.bindTotp(token, stepUp);
    const [before] = await m.stored();
    expect(await m.putTotp(token, { secret: SECRET, code: '000000' }, stepUp)).toEqual(
      error(400, 'session.mfa.invalid_totp_code'),
    );
    expect(await m.stored()).toEqual([before]);
    expect(await m.putTotp(token, { secret: SECRET, code: totpCode(SECRET) }, stepUp)).toEqual({
      status: 204,
      body: {},
    });
    const after = await m.stored();
    expect(after).toEqual([expect.objectContaining({ type: 'Totp', key: SECRET })]);
    expect(after[0]?.id).not.toBe(before?.id);
  });

  it('creates the factor when there is none, after IV → field → scope → factor → secret', async () => {
    const body = { secret: SECRET, code: totpCode(SECRET) };
    expect(await m.putTotp(token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const stepUp = await v.stepUp(token);
    await m.fields({ mfa: 'ReadOnly' });
    expect(await m.putTotp(token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'Edit' });
    expect(await m.putTotp(token, body, stepUp)).toEqual(
      error(400, 'session.mfa.mfa_factor_not_enabled'),
    );
    await m.enable(['Totp']);
    expect(await m.putTotp(token, { ...body, secret: 'not base32!' }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(await m.putTotp(token, body, stepUp)).toEqual({ status: 204, body: {} });
    expect(await m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
  });
});

describe('TOTP codes', () => {
  it('accept one 30-second step either side, not two', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0, 15);
    expect(isValidTotpCode(SECRET, totpCode(SECRET, at - 30_000), at)).toBe(true);
    expect(isValidTotpCode(SECRET, totpCode(SECRET, at + 30_000), at)).toBe(true);
    expect(isValidTotpCode(SECRET, totpCode(SECRET, at - 60_000), at)).toBe(false);
  });
});

describe('GET and DELETE /api/my-account/mfa-verifications', () => {
  it('GET checks the field before the scope', async () => {
    await m.fields({ mfa: 'Off' });
    const noScope = await h.token(['openid']);
    expect(await m.list(noScope)).toEqual(error(400, 'account_center.field_not_enabled'));
    await m.fields({ mfa: 'ReadOnly' });
    expect(await m.list(noScope)).toEqual(error(401, 'auth.unauthorized'));
    expect(await m.list(token)).toEqual({ status: 200, body: [] });
  });

  it('DELETE looks the entry up before the field gate, and keeps the MFA flag', async () => {
    await m.enable(['Totp']);
    const stepUp = await v.stepUp(token);
    await m.bindTotp(token, stepUp);
    const [totp] = await m.stored();
    const id = String(totp?.id);
    expect(await m.remove(token, id)).toEqual(error(401, 'verification_record.permission_denied'));
    await m.fields({ mfa: 'ReadOnly' });
    expect(await m.remove(token, 'nothing', stepUp)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    expect(await m.remove(token, id, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'Edit' });
    expect(await m.remove(token, id, stepUp)).toEqual({ status: 204, body: {} });
    expect(await m.stored()).toEqual([]);
    expect(await m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
  });
});
