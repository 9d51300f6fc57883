import { describe, expect, it } from 'vitest';

import { formatDay } from '@/lib/mfa/format';
import { isMandatoryPolicy, mfaAvailability } from '@/lib/mfa/policy';
import { deviceName } from '@/lib/mfa/view';

const edit = { mfa: 'Edit', passkey: 'Edit' } as const;

describe('mfaAvailability', () => {
  it('offers nothing while the tenant enables no factor (Logto’s default)', () => {
    expect(mfaAvailability({ mfa: { factors: [] }, passkeySignIn: {} }, edit)).toEqual({
      totp: false,
      backupCodes: false,
      passkeys: false,
      signInSwitch: false,
    });
  });

  it('offers each enabled factor while the field is not Off', () => {
    const signIn = { mfa: { factors: ['Totp', 'BackupCode', 'WebAuthn'] }, passkeySignIn: {} };
    expect(mfaAvailability(signIn, edit)).toEqual({
      totp: true,
      backupCodes: true,
      passkeys: true,
      signInSwitch: true,
    });
    expect(mfaAvailability(signIn, { mfa: 'ReadOnly', passkey: 'ReadOnly' }).totp).toBe(true);
    expect(mfaAvailability(signIn, { mfa: 'Off', passkey: 'Edit' })).toEqual({
      totp: false,
      backupCodes: false,
      passkeys: true,
      signInSwitch: false,
    });
  });

  it('offers passkeys when passkey sign-in is on, even without WebAuthn as a factor', () => {
    const signIn = { mfa: { factors: ['Totp'] }, passkeySignIn: { enabled: true } };
    expect(mfaAvailability(signIn, edit).passkeys).toBe(true);
    expect(mfaAvailability(signIn, { mfa: 'Edit', passkey: 'Off' }).passkeys).toBe(false);
  });
});

describe('isMandatoryPolicy', () => {
  it.each([
    ['Mandatory', true],
    ['PromptAtSignInAndSignUpMandatory', true],
    ['PromptOnlyAtSignInMandatory', true],
    ['UserControlled', false],
    ['PromptAtSignInAndSignUp', false],
    [undefined, false],
  ])('%s → %s', (policy, mandatory) => {
    expect(isMandatoryPolicy(policy)).toBe(mandatory);
  });
});

describe('deviceName', () => {
  it('reads as one phrase, or whichever half is known', () => {
    const both = ({ browser, os }: { browser: string; os: string }) => `${browser} on ${os}`;
    expect(deviceName({ browser: 'Chrome', os: 'Linux' }, both)).toBe('Chrome on Linux');
    expect(deviceName({ os: 'Linux' }, both)).toBe('Linux');
    expect(deviceName(undefined, both)).toBeUndefined();
  });
});

describe('formatDay', () => {
  it("uses the user's language and time zone", () => {
    expect(formatDay('2026-01-03T23:30:00.000Z', 'en', 'UTC')).toBe('Jan 3, 2026');
    expect(formatDay('2026-01-03T23:30:00.000Z', 'ja', 'Asia/Tokyo')).toBe('2026/01/04');
    expect(formatDay('2026-01-03T23:30:00.000Z', 'en', 'Not/AZone')).toBe('Jan 3, 2026');
    expect(formatDay('not a date', 'en')).toBeUndefined();
    expect(formatDay(null, 'en')).toBeUndefined();
  });
});
