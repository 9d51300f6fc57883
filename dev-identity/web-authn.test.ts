import { beforeEach, describe, expect, it } from 'vitest';

import { createCredential, type RegistrationOptions } from './testing/authenticator';
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

const PORTAL = 'http://localhost:3999';

/** Registration options and their record, as the portal's server would fetch them. */
const register = async () => {
  const { status, body } = await m.registration(token);
  expect(status).toBe(200);
  return {
    recordId: body.verificationRecordId as string,
    options: body.registrationOptions as RegistrationOptions & Record<string, unknown>,
  };
};

describe('POST /api/verifications/web-authn/registration (§4.3.6)', () => {
  it('answers 200 with Logto’s option keys, rp = the API’s hostname, and a 10-minute record', async () => {
    const before = Date.now();
    const { status, body } = await m.registration(token);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([
      'expiresAt',
      'registrationOptions',
      'verificationRecordId',
    ]);
    const expiresAt = Date.parse(body.expiresAt as string);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 600_000 - 1000);
    const options = body.registrationOptions as Record<string, unknown>;
    expect(options).toEqual({
      rp: { name: 'localhost', id: 'localhost' },
      user: {
        id: Buffer.from('demo-user').toString('base64url'),
        name: 'ada@example.com',
        displayName: 'Ada Lovelace',
      },
      challenge: expect.stringMatching(/^[\w-]+$/),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      timeout: 60_000,
      excludeCredentials: [],
      authenticatorSelection: {
        residentKey: 'required',
        requireResidentKey: true,
        userVerification: 'required',
      },
      attestation: 'none',
      extensions: { credProps: true },
    });
  });

  it('takes rp.id from the Host header and names users as Logto does', async () => {
    await h.control('PATCH', '/users/demo', { name: null, primaryEmail: null });
    const { body } = await v.call('POST', '/api/verifications/web-authn/registration', token);
    expect(body.registrationOptions).toMatchObject({
      user: { name: '+1 555 123 4567', displayName: '+1 555 123 4567' },
    });
    const viaLoopback = await fetch(
      `${h.url.replace('localhost', '127.0.0.1')}/api/verifications/web-authn/registration`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(
      ((await viaLoopback.json()) as { registrationOptions: RegistrationOptions })
        .registrationOptions.rp,
    ).toEqual({
      name: '127.0.0.1',
      id: '127.0.0.1',
    });
    const { id } = await h.control<{ id: string }>('POST', '/users', {});
    const anonymous = await h.token(undefined, undefined, id);
    const unnamed = await m.registration(anonymous);
    expect(unnamed.body.registrationOptions).toMatchObject({
      user: { name: 'Unnamed User', displayName: 'Unnamed User' },
    });
  });

  it('needs no scope and no IV, but the account center', async () => {
    expect((await m.registration(await h.token(['openid']))).status).toBe(200);
    await h.control('PUT', '/account-center', { enabled: false });
    expect(await m.registration(token)).toEqual(error(400, 'account_center.not_enabled'));
  });
});

describe('POST /api/verifications/web-authn/registration/verify (§4.3.7)', () => {
  it('verifies a software authenticator’s answer from the API’s own origin', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: h.url });
    expect(await m.verifyRegistration(token, recordId, payload)).toEqual({
      status: 200,
      body: { verificationRecordId: recordId },
    });
  });

  it('accepts the portal’s origin only when it is a related origin, published at /.well-known/webauthn', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: PORTAL });
    const refused = await m.verifyRegistration(token, recordId, payload);
    expect(refused).toEqual({
      status: 400,
      body: {
        code: 'session.mfa.webauthn_verification_failed',
        message: 'WebAuthn verification failed.',
        data: { message: expect.stringContaining(PORTAL) },
      },
    });
    await h.control('PUT', '/account-center', { webauthnRelatedOrigins: [PORTAL] });
    expect((await m.verifyRegistration(token, recordId, payload)).status).toBe(200);
    expect(await (await h.api('/.well-known/webauthn')).json()).toEqual({ origins: [PORTAL] });
  });

  it('refuses a wrong challenge, a missing user verification, and records of another type', async () => {
    const { recordId, options } = await register();
    for (const settings of [{ challenge: 'c29tZXRoaW5nLWVsc2U' }, { userVerified: false }]) {
      const payload = createCredential(options, { origin: h.url, ...settings });
      expect(await m.verifyRegistration(token, recordId, payload)).toEqual(
        error(400, 'session.mfa.webauthn_verification_failed'),
      );
    }
    const payload = createCredential(options, { origin: h.url });
    expect(await m.verifyRegistration(token, 'unknown', payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    const password = await v.stepUp(token);
    expect(await m.verifyRegistration(token, password, payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    await h.control('POST', '/expire-records', { type: 'WebAuthn' });
    expect(await m.verifyRegistration(token, recordId, payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
  });

  it('does not compare the RP ID hash (Logto passes no expectedRPID)', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: h.url, rpId: 'elsewhere.example' });
    expect((await m.verifyRegistration(token, recordId, payload)).status).toBe(200);
  });

  it('guards the payload: `type` must be "WebAuthn"', async () => {
    const { recordId, options } = await register();
    const payload = { ...createCredential(options, { origin: h.url }), type: 'public-key' };
    expect((await m.verifyRegistration(token, recordId, payload)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});
