import { describe, expect, it } from 'vitest';

import { apiError, setUpMfaSuite } from './testing/mfa-suite';

const s = setUpMfaSuite();
const error = apiError;

const codes = (prefix = 'a') =>
  Array.from({ length: 10 }, (_, index) => `${prefix}${String(index).padStart(9, '0')}`);

const addCodes = (list: string[], stepUp?: string) =>
  s.m.add(s.token, { type: 'BackupCode', codes: list }, stepUp);

describe('POST …/mfa-verifications/backup-codes/generate', () => {
  it('answers ten fresh codes of ten lowercase hex characters, stored nowhere', async () => {
    await s.m.fields({});
    const { status, body } = await s.m.generateCodes(await s.h.token(['openid']));
    expect(status).toBe(200);
    expect(body.codes).toEqual(
      Array.from({ length: 10 }, () => expect.stringMatching(/^[\da-f]{10}$/)),
    );
    expect(await s.m.stored()).toEqual([]);
  });

  it('logs what both generators handed out for GET /__test/mfa-secrets, until the reset', async () => {
    const { secret } = (await s.m.generateSecret(s.token)).body as { secret: string };
    const { codes: handedOut } = (await s.m.generateCodes(s.token)).body as { codes: string[] };
    expect(await s.h.control('GET', '/mfa-secrets')).toEqual({
      totpSecrets: [secret],
      backupCodes: handedOut,
    });
    await s.h.control('POST', '/reset');
    expect(await s.h.control('GET', '/mfa-secrets')).toEqual({ totpSecrets: [], backupCodes: [] });
  });
});

describe('POST /api/my-account/mfa-verifications { type: "BackupCode" }', () => {
  it('refuses backup codes as the only factor, then accepts them beside an authenticator app', async () => {
    await s.m.enable(['Totp', 'BackupCode']);
    const stepUp = await s.v.stepUp(s.token);
    expect(await addCodes(codes(), stepUp)).toEqual({
      status: 422,
      body: {
        code: 'session.mfa.backup_code_can_not_be_alone',
        message: 'Backup code can not be the only MFA.',
      },
    });
    await s.m.bindTotp(s.token, stepUp);
    expect(await addCodes(codes(), stepUp)).toEqual({ status: 204, body: {} });
    expect((await s.m.list(s.token)).body).toEqual([
      expect.objectContaining({ type: 'Totp' }),
      {
        id: expect.any(String),
        createdAt: expect.any(String),
        type: 'BackupCode',
        remainCodes: 10,
      },
    ]);
    expect(await s.m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
  });

  it('checks the set’s format after the other two rules: ten codes of ten hex characters', async () => {
    await s.m.enable(['Totp', 'BackupCode']);
    const stepUp = await s.v.stepUp(s.token);
    await s.m.bindTotp(s.token, stepUp);
    for (const list of [
      codes().slice(0, 9),
      [...codes().slice(0, 9), 'xyz0000000'],
      [...codes(), 'a000000010'],
    ]) {
      expect(await addCodes(list, stepUp)).toEqual({
        status: 422,
        body: { code: 'user.wrong_backup_code_format', message: 'Backup code format is invalid.' },
      });
    }
    const upper = codes('A');
    expect((await addCodes(upper, stepUp)).status).toBe(204);
    expect(await addCodes(codes('b'), stepUp)).toEqual(
      error(422, 'user.backup_code_already_in_use'),
    );
  });

  it('needs the factor enabled, checked before the codes', async () => {
    await s.m.enable(['Totp']);
    const stepUp = await s.v.stepUp(s.token);
    expect(await addCodes(['bad'], stepUp)).toEqual(
      error(400, 'session.mfa.mfa_factor_not_enabled'),
    );
  });

  it('allows a new set once every code of the old one is used; GET reads the first set', async () => {
    await s.m.enable(['Totp', 'BackupCode']);
    const stepUp = await s.v.stepUp(s.token);
    await s.m.bindTotp(s.token, stepUp);
    await addCodes(codes(), stepUp);
    const first = await s.h.control<{ code: string; usedAt: string }>(
      'POST',
      '/users/demo/backup-codes/use',
      {},
    );
    expect(first).toEqual({ code: 'a000000000', usedAt: expect.any(String) });
    expect((await s.m.list(s.token)).body).toContainEqual(
      expect.objectContaining({ remainCodes: 9 }),
    );
    for (const code of codes().slice(1)) {
      await s.h.control('POST', '/users/demo/backup-codes/use', { code });
    }
    expect((await s.m.list(s.token)).body).toContainEqual(
      expect.objectContaining({ remainCodes: 0 }),
    );
    expect(await addCodes(codes('c'), stepUp)).toEqual({ status: 204, body: {} });
    const read = await s.m.backupCodes(s.token, stepUp);
    expect(read.status).toBe(200);
    expect(read.body.codes).toEqual(codes().map((code) => ({ code, usedAt: expect.any(String) })));
  });
});

describe('GET /api/my-account/mfa-verifications/backup-codes', () => {
  it('needs IV and the scope, no field, and answers 404 without a set', async () => {
    expect(await s.m.backupCodes(s.token)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const noScope = await s.h.token(['openid']);
    expect(await s.m.backupCodes(noScope, await s.v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    await s.m.fields({});
    const stepUp = await s.v.stepUp(s.token);
    expect(await s.m.backupCodes(s.token, stepUp)).toEqual({
      status: 404,
      body: { code: 'verification_record.not_found', message: 'Verification record not found.' },
    });
  });

  it('lists the codes with usedAt on the used ones', async () => {
    await s.m.enable(['Totp', 'BackupCode']);
    const stepUp = await s.v.stepUp(s.token);
    await s.m.bindTotp(s.token, stepUp);
    await addCodes(codes(), stepUp);
    await s.h.control('POST', '/users/demo/backup-codes/use', { code: 'a000000003' });
    const { body } = await s.m.backupCodes(s.token, stepUp);
    const list = body.codes as Array<{ code: string; usedAt?: string }>;
    expect(list).toHaveLength(10);
    expect(list[3]).toEqual({ code: 'a000000003', usedAt: expect.any(String) });
    expect(list[0]).toEqual({ code: 'a000000000' });
  });
});

describe('POST /__test/users/:username/backup-codes/use', () => {
  it('answers 409 without an unused code and 404 for an unknown user', async () => {
    expect(
      (await s.h.api('/__test/users/demo/backup-codes/use', { method: 'POST', json: {} })).status,
    ).toBe(409);
    expect(
      (await s.h.api('/__test/users/nobody/backup-codes/use', { method: 'POST', json: {} })).status,
    ).toBe(404);
  });

  it('lets the user controls seed factors in the stored shape', async () => {
    const createdAt = new Date().toISOString();
    await s.h.control('PATCH', '/users/demo', {
      mfaVerifications: [
        { id: 'totp-1', createdAt, type: 'Totp', key: 'JBSWY3DPEHPK3PXP' },
        { id: 'codes-1', createdAt, type: 'BackupCode', codes: [{ code: 'a000000000' }] },
      ],
    });
    expect((await s.m.list(s.token)).body).toEqual([
      { id: 'totp-1', createdAt, type: 'Totp' },
      { id: 'codes-1', createdAt, type: 'BackupCode', remainCodes: 1 },
    ]);
    const bad = await s.h.api('/__test/users/demo', {
      method: 'PATCH',
      json: { mfaVerifications: [{ id: 'x', createdAt, type: 'TOTP', key: 'K' }] },
    });
    expect(bad.status).toBe(400);
  });
});
