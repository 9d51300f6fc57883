import { describe, expect, it } from 'vitest';

import { createCredential, type RegistrationOptions } from './testing/authenticator';
import { apiError, setUpMfaSuite } from './testing/mfa-suite';

const s = setUpMfaSuite();
const error = apiError;

const PORTAL = 'http://localhost:3999';

/** Registration options and their record, as the portal's server would fetch them. */
const register = async () => {
  const { status, body } = await s.m.registration(s.token);
  expect(status).toBe(200);
  return {
    recordId: body.verificationRecordId as string,
    options: body.registrationOptions as RegistrationOptions & Record<string, unknown>,
  };
};

describe('POST /api/verifications/web-authn/registration (§4.3.6)', () => {
  it('answers 200 with Logto’s option keys, rp = the API’s hostname, and a 10-minute record', async () => {
    const before = Date.now();
    const { status, body } = await s.m.registration(s.token);
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
    await s.h.control('PATCH', '/users/demo', { name: null, primaryEmail: null });
    const { body } = await s.v.call('POST', '/api/verifications/web-authn/registration', s.token);
    expect(body.registrationOptions).toMatchObject({
      user: { name: '+1 555 123 4567', displayName: '+1 555 123 4567' },
    });
    const viaLoopback = await fetch(
      `${s.h.url.replace('localhost', '127.0.0.1')}/api/verifications/web-authn/registration`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}` },
      },
    );
    expect(
      ((await viaLoopback.json()) as { registrationOptions: RegistrationOptions })
        .registrationOptions.rp,
    ).toEqual({
      name: '127.0.0.1',
      id: '127.0.0.1',
    });
    const { id } = await s.h.control<{ id: string }>('POST', '/users', {});
    const anonymous = await s.h.token(undefined, undefined, id);
    const unnamed = await s.m.registration(anonymous);
    expect(unnamed.body.registrationOptions).toMatchObject({
      user: { name: 'Unnamed User', displayName: 'Unnamed User' },
    });
  });

  it('needs no scope and no IV, but the account center', async () => {
    expect((await s.m.registration(await s.h.token(['openid']))).status).toBe(200);
    await s.h.control('PUT', '/account-center', { enabled: false });
    expect(await s.m.registration(s.token)).toEqual(error(400, 'account_center.not_enabled'));
  });
});

describe('POST /api/verifications/web-authn/registration/verify (§4.3.7)', () => {
  it('verifies a software authenticator’s answer from the API’s own origin', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: s.h.url });
    expect(await s.m.verifyRegistration(s.token, recordId, payload)).toEqual({
      status: 200,
      body: { verificationRecordId: recordId },
    });
  });

  it('accepts the portal’s origin only when it is a related origin, published at /.well-known/webauthn', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: PORTAL });
    const refused = await s.m.verifyRegistration(s.token, recordId, payload);
    expect(refused).toEqual({
      status: 400,
      body: {
        code: 'session.mfa.webauthn_verification_failed',
        message: 'WebAuthn verification failed.',
        data: { message: expect.stringContaining(PORTAL) },
      },
    });
    await s.h.control('PUT', '/account-center', { webauthnRelatedOrigins: [PORTAL] });
    expect((await s.m.verifyRegistration(s.token, recordId, payload)).status).toBe(200);
    expect(await (await s.h.api('/.well-known/webauthn')).json()).toEqual({ origins: [PORTAL] });
  });

  it('refuses a wrong challenge, a missing user verification, and records of another type', async () => {
    const { recordId, options } = await register();
    for (const settings of [{ challenge: 'c29tZXRoaW5nLWVsc2U' }, { userVerified: false }]) {
      const payload = createCredential(options, { origin: s.h.url, ...settings });
      expect(await s.m.verifyRegistration(s.token, recordId, payload)).toEqual(
        error(400, 'session.mfa.webauthn_verification_failed'),
      );
    }
    const payload = createCredential(options, { origin: s.h.url });
    expect(await s.m.verifyRegistration(s.token, 'unknown', payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    const password = await s.v.stepUp(s.token);
    expect(await s.m.verifyRegistration(s.token, password, payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
    await s.h.control('POST', '/expire-records', { type: 'WebAuthn' });
    expect(await s.m.verifyRegistration(s.token, recordId, payload)).toEqual(
      error(400, 'verification_record.not_found'),
    );
  });

  it('does not compare the RP ID hash (Logto passes no expectedRPID)', async () => {
    const { recordId, options } = await register();
    const payload = createCredential(options, { origin: s.h.url, rpId: 'elsewhere.example' });
    expect((await s.m.verifyRegistration(s.token, recordId, payload)).status).toBe(200);
  });

  it('guards the payload: `type` must be "WebAuthn"', async () => {
    const { recordId, options } = await register();
    const payload = { ...createCredential(options, { origin: s.h.url }), type: 'public-key' };
    expect((await s.m.verifyRegistration(s.token, recordId, payload)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});
