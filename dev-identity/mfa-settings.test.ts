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

const settings = (tokenValue: string, body?: unknown, stepUp?: string) =>
  body === undefined
    ? v.call('GET', '/api/my-account/mfa-settings', tokenValue)
    : v.call('PATCH', '/api/my-account/mfa-settings', tokenValue, body, stepUp);

const configs = (tokenValue: string, body?: unknown, stepUp?: string) =>
  body === undefined
    ? v.call('GET', '/api/my-account/logto-configs', tokenValue)
    : v.call('PATCH', '/api/my-account/logto-configs', tokenValue, body, stepUp);

describe('GET/PATCH /api/my-account/mfa-settings', () => {
  it('GET checks the scope before the field and defaults to false', async () => {
    await m.fields({});
    const noScope = await h.token(['openid']);
    expect(await settings(noScope)).toEqual(error(401, 'auth.unauthorized'));
    expect(await settings(token)).toEqual(error(400, 'account_center.field_not_enabled'));
    await m.fields({ mfa: 'ReadOnly' });
    expect(await settings(token)).toEqual({ status: 200, body: { skipMfaOnSignIn: false } });
  });

  it('PATCH checks IV → scope → field last, and keeps the other mfa flags', async () => {
    const body = { skipMfaOnSignIn: true };
    expect(await settings(token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const noScope = await h.token(['openid']);
    expect(await settings(noScope, body, await v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    const stepUp = await v.stepUp(token);
    await m.fields({ mfa: 'Off' });
    expect(await settings(token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'Edit' });
    expect((await settings(token, {}, stepUp)).body).toMatchObject({ code: 'guard.invalid_input' });
    await h.control('PATCH', '/users/demo', { logtoConfig: { mfa: { enabled: true }, other: 1 } });
    expect(await settings(token, body, stepUp)).toEqual({
      status: 200,
      body: { skipMfaOnSignIn: true },
    });
    expect(await m.logtoConfig()).toEqual({
      mfa: { enabled: true, skipMfaOnSignIn: true },
      other: 1,
    });
    expect(await settings(token)).toEqual({ status: 200, body: { skipMfaOnSignIn: true } });
  });
});

describe('GET/PATCH /api/my-account/logto-configs', () => {
  it('GET: scope, then passkey ?? mfa readable; mfa.enabled only once set', async () => {
    const noScope = await h.token(['openid']);
    expect(await configs(noScope)).toEqual(error(401, 'auth.unauthorized'));
    await m.fields({ mfa: 'Edit', passkey: 'Off' });
    expect(await configs(token)).toEqual(error(400, 'account_center.field_not_enabled'));
    await m.fields({ mfa: 'ReadOnly' });
    expect(await configs(token)).toEqual({
      status: 200,
      body: { mfa: { skipped: false, skipMfaOnSignIn: false }, passkeySignIn: { skipped: false } },
    });
  });

  it('PATCH merges only the keys given, as in Logto’s example', async () => {
    const stepUp = await v.stepUp(token);
    expect(await configs(token, { mfa: { skipped: true } }, stepUp)).toEqual({
      status: 200,
      body: { mfa: { skipped: true, skipMfaOnSignIn: false }, passkeySignIn: { skipped: false } },
    });
    expect(
      await configs(token, { passkeySignIn: { skipped: true }, mfa: { enabled: false } }, stepUp),
    ).toEqual({
      status: 200,
      body: {
        mfa: { enabled: false, skipped: true, skipMfaOnSignIn: false },
        passkeySignIn: { skipped: true },
      },
    });
    expect(await m.logtoConfig()).toEqual({
      mfa: { skipped: true, enabled: false },
      passkey_sign_in: { skipped: true },
    });
  });

  it('PATCH checks IV → scope → passkey ?? mfa editable', async () => {
    const body = { mfa: { skipped: true } };
    expect(await configs(token, body)).toEqual(error(401, 'verification_record.permission_denied'));
    const noScope = await h.token(['openid']);
    expect(await configs(noScope, body, await v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    const stepUp = await v.stepUp(token);
    await m.fields({ mfa: 'ReadOnly' });
    expect(await configs(token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect((await configs(token, body, stepUp)).status).toBe(200);
    expect((await configs(token, { mfa: { skipped: 'yes' } }, stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});

describe('PUT /__test/sign-in-experience (MFA and passkey sign-in)', () => {
  it('sets the factors and policy, merges passkeySignIn, and shows them in the well-known', async () => {
    const view = await h.control('PUT', '/sign-in-experience', {
      mfa: { factors: ['Totp', 'WebAuthn', 'Totp'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true },
    });
    expect(view).toMatchObject({
      mfa: { factors: ['Totp', 'WebAuthn'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true },
    });
    await h.control('PUT', '/sign-in-experience', { passkeySignIn: { allowAutofill: true } });
    const wellKnown = await (await h.api('/api/.well-known/sign-in-exp')).json();
    expect(wellKnown).toMatchObject({
      mfa: { factors: ['Totp', 'WebAuthn'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true, allowAutofill: true },
    });
    for (const body of [{ mfa: { factors: ['TOTP'] } }, { mfa: { policy: 'Sometimes' } }]) {
      const answer = await h.api('/__test/sign-in-experience', { method: 'PUT', json: body });
      expect(answer.status).toBe(400);
    }
    await h.control('POST', '/reset');
    expect(await (await h.api('/api/.well-known/sign-in-exp')).json()).toMatchObject({
      mfa: { factors: [], policy: 'UserControlled' },
      passkeySignIn: {},
    });
  });
});
