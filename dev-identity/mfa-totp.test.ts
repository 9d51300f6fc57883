import { describe, expect, it } from 'vitest';

import { isValidTotpCode, totpCode } from './state/mfa';
import { apiError, setUpMfaSuite } from './testing/mfa-suite';

const s = setUpMfaSuite();
const error = apiError;

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('POST …/mfa-verifications/totp-secret/generate', () => {
  it('answers a fresh 32-character base32 secret, stored nowhere, with no field or scope check', async () => {
    await s.m.fields({});
    const narrow = await s.h.token(['openid']);
    const first = await s.m.generateSecret(narrow);
    const second = await s.m.generateSecret(narrow);
    expect(first).toEqual({
      status: 200,
      body: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/) },
    });
    expect(second.body.secret).not.toBe(first.body.secret);
    expect(await s.m.stored()).toEqual([]);
  });
});

describe('POST /api/my-account/mfa-verifications { type: "Totp" } (§3.6)', () => {
  it('checks IV → field → scope → factor enabled, in that order', async () => {
    const body = { type: 'Totp', secret: SECRET };
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await s.m.add(s.token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const stepUp = await s.v.stepUp(s.token);
    expect(await s.m.add(s.token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'Edit' });
    const noScope = await s.h.token(['openid', 'profile']);
    expect(await s.m.add(noScope, body, await s.v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    // The default sign-in experience has `mfa.factors: []`.
    expect(await s.m.add(s.token, body, stepUp)).toEqual({
      status: 400,
      body: { code: 'session.mfa.mfa_factor_not_enabled', message: 'MFA factor is not enabled.' },
    });
    await s.m.enable(['WebAuthn', 'BackupCode']);
    expect(await s.m.add(s.token, body, stepUp)).toEqual(
      error(400, 'session.mfa.mfa_factor_not_enabled'),
    );
  });

  it('takes only the literal "Totp": "TOTP" fails the body guard', async () => {
    await s.m.enable(['Totp']);
    const answer = await s.m.add(
      s.token,
      { type: 'TOTP', secret: SECRET },
      await s.v.stepUp(s.token),
    );
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
    await s.m.enable(['Totp']);
    const stepUp = await s.v.stepUp(s.token);
    expect(await s.m.add(s.token, { type: 'Totp', secret: 'JBSWY3DP' }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(await s.m.add(s.token, { type: 'Totp', secret: SECRET.toLowerCase() }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(
      await s.m.add(s.token, { type: 'Totp', secret: SECRET, code: '000000' }, stepUp),
    ).toEqual({
      status: 400,
      body: { code: 'session.mfa.invalid_totp_code', message: 'Invalid TOTP code.' },
    });
    expect(await s.m.stored()).toEqual([]);
    const secret = await s.m.bindTotp(s.token, stepUp);
    const listed = await s.m.list(s.token);
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
    expect(await s.m.stored()).toEqual([expect.objectContaining({ type: 'Totp', key: secret })]);
    expect(await s.m.logtoConfig()).toEqual({ mfa: { enabled: true }, passkey_sign_in: {} });
    expect(await s.m.add(s.token, { type: 'Totp', secret: SECRET }, stepUp)).toEqual({
      status: 422,
      body: { code: 'user.totp_already_in_use', message: 'TOTP is already in use.' },
    });
  });

  it('skips the code check when the code is absent or empty, as Logto does', async () => {
    await s.m.enable(['Totp']);
    expect(
      await s.m.add(s.token, { type: 'Totp', secret: SECRET, code: '' }, await s.v.stepUp(s.token)),
    ).toEqual({
      status: 204,
      body: {},
    });
  });
});

describe('PUT /api/my-account/mfa-verifications/totp', () => {
  it('requires the code, keeps the old factor on a wrong one, and replaces it with a new ID', async () => {
    await s.m.enable(['Totp']);
    const stepUp = await s.v.stepUp(s.token);
    expect((await s.m.putTotp(s.token, { secret: SECRET }, stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
    await s.m.bindTotp(s.token, stepUp);
    const [before] = await s.m.stored();
    expect(await s.m.putTotp(s.token, { secret: SECRET, code: '000000' }, stepUp)).toEqual(
      error(400, 'session.mfa.invalid_totp_code'),
    );
    expect(await s.m.stored()).toEqual([before]);
    expect(await s.m.putTotp(s.token, { secret: SECRET, code: totpCode(SECRET) }, stepUp)).toEqual({
      status: 204,
      body: {},
    });
    const after = await s.m.stored();
    expect(after).toEqual([expect.objectContaining({ type: 'Totp', key: SECRET })]);
    expect(after[0]?.id).not.toBe(before?.id);
  });

  it('creates the factor when there is none, after IV → field → scope → factor → secret', async () => {
    const body = { secret: SECRET, code: totpCode(SECRET) };
    expect(await s.m.putTotp(s.token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const stepUp = await s.v.stepUp(s.token);
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await s.m.putTotp(s.token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'Edit' });
    expect(await s.m.putTotp(s.token, body, stepUp)).toEqual(
      error(400, 'session.mfa.mfa_factor_not_enabled'),
    );
    await s.m.enable(['Totp']);
    expect(await s.m.putTotp(s.token, { ...body, secret: 'not base32!' }, stepUp)).toEqual(
      error(400, 'user.totp_secret_invalid'),
    );
    expect(await s.m.putTotp(s.token, body, stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
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
    await s.m.fields({ mfa: 'Off' });
    const noScope = await s.h.token(['openid']);
    expect(await s.m.list(noScope)).toEqual(error(400, 'account_center.field_not_enabled'));
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await s.m.list(noScope)).toEqual(error(401, 'auth.unauthorized'));
    expect(await s.m.list(s.token)).toEqual({ status: 200, body: [] });
  });

  it('DELETE looks the entry up before the field gate, and keeps the MFA flag', async () => {
    await s.m.enable(['Totp']);
    const stepUp = await s.v.stepUp(s.token);
    await s.m.bindTotp(s.token, stepUp);
    const [totp] = await s.m.stored();
    const id = String(totp?.id);
    expect(await s.m.remove(s.token, id)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await s.m.remove(s.token, 'nothing', stepUp)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    expect(await s.m.remove(s.token, id, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'Edit' });
    expect(await s.m.remove(s.token, id, stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.m.stored()).toEqual([]);
    expect(await s.m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
  });
});
