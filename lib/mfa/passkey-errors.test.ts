import { describe, expect, it } from 'vitest';

import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import apiErrorsEn from '@/lib/i18n/messages/en/api-errors.json';
import mfaEn from '@/lib/i18n/messages/en/mfa.json';
import {
  classifyCeremonyError,
  isOriginRefusal,
  isRegistrableFor,
  passkeyProblemKey,
} from '@/lib/mfa/passkey-errors';
import { passkeyNameFieldFor, totpCodeFieldFor } from '@/lib/security/mfa-field-errors';

const here = { rpId: 'localhost', hostname: 'localhost' };
const foreign = { rpId: 'auth.example.com', hostname: 'account.example.org' };

describe('classifyCeremonyError', () => {
  it.each([
    [{ name: 'SecurityError' }, here, 'originNotTrusted'],
    [{ name: 'SecurityError', code: 'ERROR_INVALID_RP_ID' }, foreign, 'originNotTrusted'],
    [{ name: 'SecurityError', code: 'ERROR_INVALID_DOMAIN' }, here, 'originNotTrusted'],
    [
      { name: 'NotAllowedError', code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY' },
      foreign,
      'originNotTrusted',
    ],
    [{ name: 'NotAllowedError', code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY' }, here, 'cancelled'],
    [{ name: 'AbortError', code: 'ERROR_CEREMONY_ABORTED' }, here, 'cancelled'],
    [
      { name: 'InvalidStateError', code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' },
      here,
      'alreadyRegistered',
    ],
    [{ name: 'UnknownError' }, here, 'failed'],
    [{}, here, 'failed'],
  ] as const)('%o on %o is %s', (error, context, problem) => {
    expect(classifyCeremonyError(error, context)).toBe(problem);
  });

  it('treats a subdomain of the relying party as the same site', () => {
    expect(isRegistrableFor('example.com', 'account.example.com')).toBe(true);
    expect(isRegistrableFor('example.com', 'badexample.com')).toBe(false);
    expect(
      classifyCeremonyError(
        { name: 'NotAllowedError' },
        { rpId: 'example.com', hostname: 'account.example.com' },
      ),
    ).toBe('cancelled');
  });
});

describe('isOriginRefusal', () => {
  it("recognises Logto's origin message, and only on a failed WebAuthn verification", () => {
    const data = {
      message:
        'Unexpected registration response origin "http://localhost:3000", expected one of: http://localhost:3001',
    };
    expect(isOriginRefusal({ code: 'session.mfa.webauthn_verification_failed', data })).toBe(true);
    expect(
      isOriginRefusal({
        code: 'session.mfa.webauthn_verification_failed',
        data: { message: 'User verification required, but user could not be verified' },
      }),
    ).toBe(false);
    expect(isOriginRefusal({ code: 'session.mfa.webauthn_verification_failed' })).toBe(false);
    expect(isOriginRefusal({ code: 'verification_record.not_found', data })).toBe(false);
  });
});

describe('messages for two-step verification errors', () => {
  const hasKey = (catalog: unknown, path: string) =>
    typeof path
      .split('.')
      .reduce<unknown>(
        (node, key) =>
          typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined,
        catalog,
      ) === 'string';

  it.each([
    'session.mfa.invalid_totp_code',
    'session.mfa.mfa_factor_not_enabled',
    'session.mfa.backup_code_can_not_be_alone',
    'session.mfa.webauthn_verification_failed',
    'session.mfa.pending_info_not_found',
    'user.totp_already_in_use',
    'user.totp_secret_invalid',
    'user.backup_code_already_in_use',
    'user.wrong_backup_code_format',
    'verification_record.not_found',
  ])('%s has its own message', (code) => {
    const key = apiErrorMessageKey({ status: 400, code });
    expect(key).toBe(`apiErrors.${code}`);
    expect(hasKey({ apiErrors: apiErrorsEn }, key)).toBe(true);
  });

  it('every passkey problem has a message', () => {
    for (const problem of [
      'originNotTrusted',
      'cancelled',
      'alreadyRegistered',
      'failed',
      'unsupported',
    ] as const) {
      expect(hasKey({ mfa: mfaEn }, passkeyProblemKey(problem))).toBe(true);
    }
  });

  it('puts a wrong code next to the code field, and other refusals on the form', () => {
    expect(totpCodeFieldFor('session.mfa.invalid_totp_code')).toBe('code');
    expect(totpCodeFieldFor('user.totp_already_in_use')).toBeUndefined();
    expect(totpCodeFieldFor('session.mfa.mfa_factor_not_enabled')).toBeUndefined();
    expect(passkeyNameFieldFor('guard.invalid_input')).toBe('name');
    expect(passkeyNameFieldFor('session.mfa.webauthn_verification_failed')).toBeUndefined();
  });
});
