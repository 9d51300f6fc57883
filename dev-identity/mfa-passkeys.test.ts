import { describe, expect, it } from 'vitest';

import { apiError, setUpMfaSuite } from './testing/mfa-suite';

const s = setUpMfaSuite();
const error = apiError;

const bind = (recordId: string, stepUp?: string, name?: string) =>
  s.m.add(
    s.token,
    {
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: recordId,
      ...(name === undefined ? {} : { name }),
    },
    stepUp,
  );

/** A bound passkey's stored entry. */
const bindPasskey = async (name?: string) => {
  const stepUp = await s.v.stepUp(s.token);
  expect((await bind(await s.m.registeredPasskey(s.token), stepUp, name)).status).toBe(204);
  const passkey = (await s.m.stored()).at(-1);
  return { stepUp, id: String(passkey?.id), passkey };
};

describe('POST /api/my-account/mfa-verifications { type: "WebAuthn" }', () => {
  it('binds the verified credential, with its name, agent and transports', async () => {
    await s.m.enable(['WebAuthn']);
    const stepUp = await s.v.stepUp(s.token);
    const recordId = await s.m.registeredPasskey(s.token);
    expect(await bind(recordId, stepUp, 'Laptop')).toEqual({ status: 204, body: {} });
    const [passkey] = await s.m.stored();
    expect(passkey).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{21}$/),
      createdAt: expect.any(String),
      type: 'WebAuthn',
      rpId: 'localhost',
      credentialId: expect.stringMatching(/^[\w-]+$/),
      publicKey: expect.stringMatching(/^[\w-]+$/),
      counter: 0,
      agent: 'node',
      transports: ['internal', 'hybrid'],
      name: 'Laptop',
    });
    expect((await s.m.list(s.token)).body).toEqual([
      {
        id: passkey?.id,
        createdAt: passkey?.createdAt,
        type: 'WebAuthn',
        agent: 'node',
        name: 'Laptop',
      },
    ]);
    // A WebAuthn factor enables MFA; the next registration excludes the credential.
    expect(await s.m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
    const next = await s.m.registration(s.token);
    expect(next.body.registrationOptions).toMatchObject({
      excludeCredentials: [
        { id: passkey?.credentialId, type: 'public-key', transports: ['internal', 'hybrid'] },
      ],
    });
  });

  it('is enabled by passkey sign-in too, and then leaves the MFA flag alone', async () => {
    const stepUp = await s.v.stepUp(s.token);
    const recordId = await s.m.registeredPasskey(s.token);
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'session.mfa.mfa_factor_not_enabled'));
    await s.m.enable(['Totp'], true);
    expect(await bind(recordId, stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.m.logtoConfig()).toEqual({});
  });

  it('takes the passkey control, falling back to mfa only when the key is absent', async () => {
    await s.m.enable(['WebAuthn']);
    const stepUp = await s.v.stepUp(s.token);
    const recordId = await s.m.registeredPasskey(s.token);
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'account_center.field_not_editable'));
    await s.m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect((await bind(recordId, stepUp)).status).toBe(204);
    await s.m.fields({ mfa: 'Edit', passkey: 'Off' });
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'account_center.field_not_editable'));
  });

  it('needs IV, and a verified, unexpired WebAuthn record', async () => {
    await s.m.enable(['WebAuthn']);
    const created = await s.m.registration(s.token);
    const unverified = created.body.verificationRecordId as string;
    expect(await bind(unverified)).toEqual(error(401, 'verification_record.permission_denied'));
    const stepUp = await s.v.stepUp(s.token);
    expect(await bind(unverified, stepUp)).toEqual(error(400, 'verification_record.not_found'));
    expect(await bind(stepUp, stepUp)).toEqual(error(400, 'verification_record.not_found'));
    const verified = await s.m.registeredPasskey(s.token);
    await s.h.control('POST', '/expire-records', { type: 'WebAuthn' });
    expect(await bind(verified, stepUp)).toEqual(error(400, 'verification_record.not_found'));
  });

  it('does not count a WebAuthn record as step-up', async () => {
    await s.m.enable(['WebAuthn']);
    const recordId = await s.m.registeredPasskey(s.token);
    expect(await bind(recordId, recordId)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
  });
});

describe('PATCH /api/my-account/mfa-verifications/:id/name', () => {
  it('answers 200 with the plain text OK, not JSON', async () => {
    await s.m.enable(['WebAuthn']);
    const { stepUp, id } = await bindPasskey('Laptop');
    const renamed = await s.m.rename(s.token, id, 'Work phone', stepUp);
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await renamed.text()).toBe('OK');
    expect((await s.m.list(s.token)).body).toEqual([
      expect.objectContaining({ name: 'Work phone' }),
    ]);
    expect((await s.m.rename(s.token, id, '', stepUp)).status).toBe(200);
  });

  it('checks IV → passkey control → scope, and renames only WebAuthn entries', async () => {
    await s.m.enable(['WebAuthn', 'Totp']);
    const { stepUp, id } = await bindPasskey();
    await s.m.bindTotp(s.token, stepUp);
    const totpId = String((await s.m.stored()).find(({ type }) => type === 'Totp')?.id);
    const read = async (response: Response) => ({
      status: response.status,
      body: (await response.json()) as unknown,
    });
    expect(await read(await s.m.rename(s.token, id, 'x'))).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    await s.m.fields({ mfa: 'Edit', passkey: 'ReadOnly' });
    expect(await read(await s.m.rename(s.token, id, 'x', stepUp))).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'Edit' });
    const noScope = await s.h.token(['openid']);
    expect(await read(await s.m.rename(noScope, id, 'x', await s.v.stepUp(noScope)))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    expect(await read(await s.m.rename(s.token, totpId, 'x', stepUp))).toEqual(
      error(400, 'verification_record.not_found'),
    );
    expect((await read(await s.m.rename(s.token, id, 7, stepUp))).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});

describe('DELETE /api/my-account/mfa-verifications/:id (WebAuthn)', () => {
  it('uses the passkey control for passkeys and the mfa control for the rest', async () => {
    await s.m.enable(['WebAuthn', 'Totp']);
    const { stepUp, id } = await bindPasskey();
    await s.m.bindTotp(s.token, stepUp);
    const totpId = String((await s.m.stored()).find(({ type }) => type === 'Totp')?.id);
    await s.m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect(await s.m.remove(s.token, totpId, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    expect(await s.m.remove(s.token, id, stepUp)).toEqual({ status: 204, body: {} });
    expect((await s.m.stored()).map(({ type }) => type)).toEqual(['Totp']);
  });
});

describe('GET /.well-known/webauthn', () => {
  it('publishes the related origins, without a s.token', async () => {
    expect(await (await s.h.api('/.well-known/webauthn')).json()).toEqual({ origins: [] });
  });
});
