import { describe, expect, it } from 'vitest';

import { apiError, setUpMfaSuite } from './testing/mfa-suite';

const s = setUpMfaSuite();
const error = apiError;

const settings = (tokenValue: string, body?: unknown, stepUp?: string) =>
  body === undefined
    ? s.v.call('GET', '/api/my-account/mfa-settings', tokenValue)
    : s.v.call('PATCH', '/api/my-account/mfa-settings', tokenValue, body, stepUp);

const configs = (tokenValue: string, body?: unknown, stepUp?: string) =>
  body === undefined
    ? s.v.call('GET', '/api/my-account/logto-configs', tokenValue)
    : s.v.call('PATCH', '/api/my-account/logto-configs', tokenValue, body, stepUp);

describe('GET/PATCH /api/my-account/mfa-settings', () => {
  it('GET checks the scope before the field and defaults to false', async () => {
    await s.m.fields({});
    const noScope = await s.h.token(['openid']);
    expect(await settings(noScope)).toEqual(error(401, 'auth.unauthorized'));
    expect(await settings(s.token)).toEqual(error(400, 'account_center.field_not_enabled'));
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await settings(s.token)).toEqual({ status: 200, body: { skipMfaOnSignIn: false } });
  });

  it('PATCH checks IV → scope → field last, and keeps the other mfa flags', async () => {
    const body = { skipMfaOnSignIn: true };
    expect(await settings(s.token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const noScope = await s.h.token(['openid']);
    expect(await settings(noScope, body, await s.v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    const stepUp = await s.v.stepUp(s.token);
    await s.m.fields({ mfa: 'Off' });
    expect(await settings(s.token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'Edit' });
    expect((await settings(s.token, {}, stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
    await s.h.control('PATCH', '/users/demo', {
      logtoConfig: { mfa: { enabled: true }, other: 1 },
    });
    expect(await settings(s.token, body, stepUp)).toEqual({
      status: 200,
      body: { skipMfaOnSignIn: true },
    });
    expect(await s.m.logtoConfig()).toEqual({
      mfa: { enabled: true, skipMfaOnSignIn: true },
      other: 1,
    });
    expect(await settings(s.token)).toEqual({ status: 200, body: { skipMfaOnSignIn: true } });
  });
});

describe('GET/PATCH /api/my-account/logto-configs', () => {
  it('GET: scope, then passkey ?? mfa readable; mfa.enabled only once set', async () => {
    const noScope = await s.h.token(['openid']);
    expect(await configs(noScope)).toEqual(error(401, 'auth.unauthorized'));
    await s.m.fields({ mfa: 'Edit', passkey: 'Off' });
    expect(await configs(s.token)).toEqual(error(400, 'account_center.field_not_enabled'));
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await configs(s.token)).toEqual({
      status: 200,
      body: { mfa: { skipped: false, skipMfaOnSignIn: false }, passkeySignIn: { skipped: false } },
    });
  });

  it('PATCH merges only the keys given, as in Logto’s example', async () => {
    const stepUp = await s.v.stepUp(s.token);
    expect(await configs(s.token, { mfa: { skipped: true } }, stepUp)).toEqual({
      status: 200,
      body: { mfa: { skipped: true, skipMfaOnSignIn: false }, passkeySignIn: { skipped: false } },
    });
    expect(
      await configs(s.token, { passkeySignIn: { skipped: true }, mfa: { enabled: false } }, stepUp),
    ).toEqual({
      status: 200,
      body: {
        mfa: { enabled: false, skipped: true, skipMfaOnSignIn: false },
        passkeySignIn: { skipped: true },
      },
    });
    expect(await s.m.logtoConfig()).toEqual({
      mfa: { skipped: true, enabled: false },
      passkey_sign_in: { skipped: true },
    });
  });

  it('PATCH checks IV → scope → passkey ?? mfa editable', async () => {
    const body = { mfa: { skipped: true } };
    expect(await configs(s.token, body)).toEqual(
      error(401, 'verification_record.permission_denied'),
    );
    const noScope = await s.h.token(['openid']);
    expect(await configs(noScope, body, await s.v.stepUp(noScope))).toEqual(
      error(401, 'auth.unauthorized'),
    );
    const stepUp = await s.v.stepUp(s.token);
    await s.m.fields({ mfa: 'ReadOnly' });
    expect(await configs(s.token, body, stepUp)).toEqual(
      error(400, 'account_center.field_not_editable'),
    );
    await s.m.fields({ mfa: 'ReadOnly', passkey: 'Edit' });
    expect((await configs(s.token, body, stepUp)).status).toBe(200);
    expect((await configs(s.token, { mfa: { skipped: 'yes' } }, stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});

describe('PUT /__test/sign-in-experience (MFA and passkey sign-in)', () => {
  it('sets the factors and policy, merges passkeySignIn, and shows them in the well-known', async () => {
    const view = await s.h.control('PUT', '/sign-in-experience', {
      mfa: { factors: ['Totp', 'WebAuthn', 'Totp'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true },
    });
    expect(view).toMatchObject({
      mfa: { factors: ['Totp', 'WebAuthn'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true },
    });
    await s.h.control('PUT', '/sign-in-experience', { passkeySignIn: { allowAutofill: true } });
    const wellKnown = await (await s.h.api('/api/.well-known/sign-in-exp')).json();
    expect(wellKnown).toMatchObject({
      mfa: { factors: ['Totp', 'WebAuthn'], policy: 'Mandatory' },
      passkeySignIn: { enabled: true, allowAutofill: true },
    });
    for (const body of [{ mfa: { factors: ['TOTP'] } }, { mfa: { policy: 'Sometimes' } }]) {
      const answer = await s.h.api('/__test/sign-in-experience', { method: 'PUT', json: body });
      expect(answer.status).toBe(400);
    }
    await s.h.control('POST', '/reset');
    expect(await (await s.h.api('/api/.well-known/sign-in-exp')).json()).toMatchObject({
      mfa: { factors: [], policy: 'UserControlled' },
      passkeySignIn: {},
    });
  });
});
