import { beforeEach, describe, expect, it } from 'vitest';

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

const bind = (recordId: string, stepUp?: string, name?: string) =>
  m.add(
    token,
    {
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: recordId,
      ...(name === undefined ? {} : { name }),
    },
    stepUp,
  );

/** A bound passkey's stored entry. */
const bindPasskey = async (name?: string) => {
  const stepUp = await v.stepUp(token);
  expect((await bind(await m.registeredPasskey(token), stepUp, name)).status).toBe(204);
  const passkey = (await m.stored()).at(-1);
  return { stepUp, id: String(passkey?.id), passkey };
};

describe('POST /api/my-account/mfa-verifications { type: "WebAuthn" }', () => {
  it('binds the verified credential, with its name, agent and transports', async () => {
    await m.enable(['WebAuthn']);
    const stepUp = await v.stepUp(token);
    const recordId = await m.registeredPasskey(token);
    expect(await bind(recordId, stepUp, 'Laptop')).toEqual({ status: 204, body: {} });
    const [passkey] = await m.stored();
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
    expect((await m.list(token)).body).toEqual([
      {
        id: passkey?.id,
        createdAt: passkey?.createdAt,
        type: 'WebAuthn',
        agent: 'node',
        name: 'Laptop',
      },
    ]);
    // A WebAuthn factor enables MFA; the next registration excludes the credential.
    expect(await m.logtoConfig()).toMatchObject({ mfa: { enabled: true } });
    const next = await m.registration(token);
    expect(next.body.registrationOptions).toMatchObject({
      excludeCredentials: [
        { id: passkey?.credentialId, type: 'public-key', transports: ['internal', 'hybrid'] },
      ],
    });
  });

  it('is enabled by passkey sign-in too, and then leaves the MFA flag alone', async () => {
    const stepUp = await v.stepUp(token);
    const recordId = await m.registeredPasskey(token);
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'session.mfa.mfa_factor_not_enabled'));
    await m.enable(['Totp'], true);
    expect(await bind(recordId, stepUp)).toEqual({ status: 204, body: {} });
    expect(await m.logtoConfig()).toEqual({});
  });

  it('takes the passkey control, falling back to mfa only when the key is absent', async () => {
    await m.enable(['WebAuthn']);
    const stepUp = await v.stepUp(token);
    const recordId = await m.registeredPasskey(token);
    await m.fields({ mfa: 'ReadOnly' });
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'account_center.field_not_editable'));
    await m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect((await bind(recordId, stepUp)).status).toBe(204);
    await m.fields({ mfa: 'Edit', passkey: 'Off' });
    expect(await bind(recordId, stepUp)).toEqual(error(400, 'account_center.field_not_editable'));
  });

  it('needs IV, and a verified, unexpired WebAuthn record', async () => {
    await m.enable(['WebAuthn']);
    const created = await m.registration(token);
    const unverified = created.body.verificationRecordId as string;
    expect(await bind(unverified)).toEqual(error(401, 'verification_record.permission_denied'));
    const stepUp = await v.stepUp(token);
    expect(await bind(unverified, stepUp)).toEqual(error(400, 'verification_record.not_found'));
    expect(await bind(stepUp, stepUp)).toEqual(error(400, 'verification_record.not_found'));
    const verified = await m.registeredPasskey(token);
    await h.control('POST', '/expire-records', { type: 'WebAuthn' });
    expect(await bind(verified, stepUp)).toEqual(error(400, 'verification_record.not_found'));
  });

  it('does not count a WebAuthn record as step-up', async () => {
    await m.enable(['WebAuthn']);
    const recordId = await m.registeredPasskey(token);
    expect(await bind(recordId, recordId)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
  });
});

describe('PATCH /api/my-account/mfa-verifications/:id/name', () => {
  it('answers 200 with the plain text OK, not JSON', async () => {
    await m.enable(['WebAuthn']);
    const { stepUp, id } = await bindPasskey('Laptop');
    const renamed = await m.rename(token, id, 'Work phone', stepUp);
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await renamed.text()).toBe('OK');
    expect((await m.list(token)).body).toEqual([expect.objectContaining({ name: 'Work phone' })]);
    expect((await m.rename(token, id, '', stepUp)).status).toBe(200);
  });

  it('checks IV → passkey control → scope, and renames only WebAuthn entries', async () => {
    await m.enable(['WebAuthn', 'Totp']);
    const { stepUp, id } = await bindPasskey();
    await m.bindTotp(token, stepUp);
    const totpId = String((await m.stored()).find(({ type }) => type === 'Totp')?.id);
    const read = async (response: Response) => ({
      status: response.status,
      body: (await response.json()) as unknown,
    });
    expect(await read(await m.rename(token, id, 'x'))).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    await m.fields({ mfa: 'Edit', passkey: 'ReadOnly' });
    expect(await read(await m.rename(token, id, 'x', stepUp))).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'Edit' });
    const noScope = await h.token(['openid']);
    expect(await read(await m.rename(noScope, id, 'x', await v.stepUp(noScope)))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    expect(await read(await m.rename(token, totpId, 'x', stepUp))).toEqual(
      error(400, 'verification_record.not_found'),
    );
    expect((await read(await m.rename(token, id, 7, stepUp))).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});

describe('DELETE /api/my-account/mfa-verifications/:id (WebAuthn)', () => {
  it('uses the passkey control for passkeys and the mfa control for the rest', async () => {
    await m.enable(['WebAuthn', 'Totp']);
    const { stepUp, id } = await bindPasskey();
    await m.bindTotp(token, stepUp);
    const totpId = String((await m.stored()).find(({ type }) => type === 'Totp')?.id);
    await m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect(await m.remove(token, totpId, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    expect(await m.remove(token, id, stepUp)).toEqual({ status: 204, body: {} });
    expect((await m.stored()).map(({ type }) => type)).toEqual(['Totp']);
  });
});

describe('GET /.well-known/webauthn', () => {
  it('publishes the related origins, without a token', async () => {
    expect(await (await h.api('/.well-known/webauthn')).json()).toEqual({ origins: [] });
  });
});
