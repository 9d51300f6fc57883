import { describe, expect, it } from 'vitest';

import { kindOf, toActivity, type AuditEntry } from './activity';

describe('kindOf', () => {
  it.each([
    ['Interaction.SignIn.Verification.Password.Submit', true, 'signInPassword'],
    ['Interaction.SignIn.Verification.Password.Submit', false, 'failedSignIn'],
    ['Interaction.SignIn.Verification.Social.Submit', true, 'signInSocial'],
    ['Interaction.SignIn.Verification.EmailVerificationCode.Submit', true, 'signInCode'],
    ['Interaction.SignIn.Verification.PhoneVerificationCode.Submit', false, 'failedSignIn'],
    ['Interaction.SignIn.Verification.PasskeySignInWebAuthn.Submit', true, 'signInPasskey'],
    ['Interaction.SignIn.Verification.EnterpriseSso.Submit', true, 'signInSso'],
    ['Interaction.SignIn.Verification.Totp.Submit', true, 'mfaAtSignIn'],
    ['Interaction.SignIn.Verification.BackupCode.Submit', false, 'failedMfa'],
    ['Interaction.SignIn.Verification.MfaWebAuthn.Submit', true, 'mfaAtSignIn'],
    ['Interaction.SignIn.Mfa.Totp.Submit', true, 'mfaAtSignIn'],
    ['Interaction.SignIn.Identifier.Password.Submit', true, 'signInPassword'],
    ['Interaction.SignIn.Identifier.Social.Submit', false, 'failedSignIn'],
    ['Interaction.ForgotPassword.Submit', true, 'passwordReset'],
    ['Interaction.Register.Submit', true, 'accountCreated'],
    ['Interaction.SignIn.Verification.EmailVerificationCode.Create', true, 'other'],
    ['Interaction.Register.BindMfa.Totp.Submit', true, 'other'],
    ['Interaction.ForgotPassword.Submit', false, 'other'],
    ['Unknown', true, 'other'],
  ] as const)('%s (success: %s) → %s', (key, succeeded, kind) => {
    expect(kindOf(key, succeeded)).toBe(kind);
  });

  it.each([
    'ExchangeTokenBy.AuthorizationCode',
    'ExchangeTokenBy.RefreshToken',
    'ExchangeTokenBy.ClientCredentials',
    'RevokeToken',
    'Interaction.Create',
    'Interaction.End',
    'Interaction.SignIn.Update',
    'Interaction.SignIn.Create',
    'Interaction.SignIn.Submit',
  ])('leaves out %s', (key) => {
    expect(kindOf(key, true)).toBeNull();
  });
});

describe('toActivity', () => {
  const entry = (id: string, key: string, createdAt: number, payload = {}): AuditEntry => ({
    id,
    key,
    createdAt,
    payload: { result: 'Success', ...payload },
  });

  it('orders lines newest first with device, place, address and provider', () => {
    const lines = toActivity(
      [
        entry('a', 'Interaction.SignIn.Verification.Password.Submit', 1, {
          result: 'Error',
          userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Firefox/128.0',
          ip: '203.0.113.7',
        }),
        entry('b', 'ExchangeTokenBy.RefreshToken', 3),
        entry('c', 'Interaction.SignIn.Verification.Social.Submit', 2, {
          payload: { connectorId: 'google-web' },
          signInContext: { city: 'Tokyo', country: 'JP' },
        }),
      ],
      { 'google-web': 'Google' },
    );
    expect(lines).toEqual([
      expect.objectContaining({
        id: 'c',
        kind: 'signInSocial',
        provider: 'Google',
        place: 'Tokyo, JP',
      }),
      expect.objectContaining({
        id: 'a',
        kind: 'failedSignIn',
        succeeded: false,
        device: { browser: 'Firefox', os: 'macOS', type: 'desktop' },
        ip: '203.0.113.7',
      }),
    ]);
  });

  it('names the provider from the target when the connector is unknown', () => {
    const [line] = toActivity([
      entry('x', 'Interaction.SignIn.Verification.Social.Submit', 1, { target: 'github' }),
    ]);
    expect(line?.provider).toBe('Github');
  });
});
