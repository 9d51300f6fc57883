/**
 * A user's MFA factors (`users.mfa_verifications`) and the MFA flags in `users.logto_config`, as
 * Logto stores them (`account-api.md` §3.6). TOTP codes are checked with `otpauth`.
 */
import { randomBytes } from 'node:crypto';

import { Secret, TOTP } from 'otpauth';

/** Logto's `MfaFactor`: the literal for TOTP is `Totp`, never `TOTP`. */
export const mfaFactors = [
  'Totp',
  'WebAuthn',
  'BackupCode',
  'EmailVerificationCode',
  'PhoneVerificationCode',
] as const;

export type MfaFactor = (typeof mfaFactors)[number];

/** Logto's `MfaPolicy` (`UserControlled` is its deprecated default). */
export const mfaPolicies = [
  'UserControlled',
  'Mandatory',
  'PromptOnlyAtSignIn',
  'PromptAtSignInAndSignUp',
  'NoPrompt',
  'PromptAtSignInAndSignUpMandatory',
  'PromptOnlyAtSignInMandatory',
] as const;

export type MfaPolicy = (typeof mfaPolicies)[number];

/** Logto's `webAuthnTransportGuard`. */
export const webAuthnTransports = [
  'usb',
  'nfc',
  'ble',
  'internal',
  'cable',
  'hybrid',
  'smart-card',
] as const;

export type WebAuthnTransport = (typeof webAuthnTransports)[number];

/** Times are ISO strings, unlike the user's own epoch-millisecond timestamps. */
type MfaBase = { id: string; createdAt: string; lastUsedAt?: string };

export type TotpVerification = MfaBase & { type: 'Totp'; key: string };

export type WebAuthnVerification = MfaBase & {
  type: 'WebAuthn';
  credentialId: string;
  publicKey: string;
  counter: number;
  agent: string;
  transports: WebAuthnTransport[];
  rpId?: string;
  name?: string;
};

export type BackupCodeVerification = MfaBase & {
  type: 'BackupCode';
  codes: Array<{ code: string; usedAt?: string }>;
};

export type MfaVerification = TotpVerification | WebAuthnVerification | BackupCodeVerification;

/** What `registration/verify` keeps in a WebAuthn record, ready to become a factor. */
export type WebAuthnCredential = Omit<WebAuthnVerification, 'id' | 'createdAt' | 'name'>;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Logto's `generateStandardId()`: 21 lowercase alphanumerics. */
export const newStandardId = (): string =>
  Array.from(randomBytes(21), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');

/** 20 random bytes in base32: 32 characters, as Logto's `generateTotpSecret()`. */
export const generateTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** Logto's check: 16–32 characters of upper-case base32, padding allowed. */
export function isValidTotpSecret(secret: string): boolean {
  const base32 =
    /^(?:[2-7A-Z]{8})*(?:[2-7A-Z]{2}={6}|[2-7A-Z]{4}={4}|[2-7A-Z]{5}={3}|[2-7A-Z]{7}=)?$/;
  return secret.length >= 16 && secret.length <= 32 && base32.test(secret);
}

/** A 6-digit SHA-1 code of 30-second steps, accepted one step either side (RFC 6238 §5.2). */
export function isValidTotpCode(secret: string, code: string, timestamp = Date.now()): boolean {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  return totp.validate({ token: code, window: 1, timestamp }) !== null;
}

/** The current code for a secret (for tests and the e2e helper). */
export const totpCode = (secret: string, timestamp = Date.now()): string =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

/** Ten codes of ten lowercase hex characters. */
export const generateBackupCodes = (): string[] =>
  Array.from({ length: 10 }, () => randomBytes(5).toString('hex'));

/** Exactly ten codes, each ten hex characters in any case. */
export const isValidBackupCodeSet = (codes: readonly string[]): boolean =>
  codes.length === 10 && codes.every((code) => /^[\da-f]{10}$/i.test(code));

/** Logto's `transpileUserMfaVerifications`: the list without secrets. */
export function mfaVerificationsView(verifications: readonly MfaVerification[]) {
  return verifications.map((verification) => {
    const { id, createdAt, type } = verification;
    if (verification.type === 'BackupCode') {
      const remainCodes = verification.codes.filter(({ usedAt }) => !usedAt).length;
      return { id, createdAt, type, remainCodes };
    }
    if (verification.type === 'WebAuthn') {
      const { lastUsedAt, agent, name } = verification;
      return { id, createdAt, lastUsedAt, type, agent, name };
    }
    return { id, createdAt, type };
  });
}

/** `logto_config.mfa` (Logto's `userMfaDataGuard`). */
export type UserMfaData = {
  enabled?: boolean;
  skipped?: boolean;
  additionalBindingSuggestionSkipped?: boolean;
  skipMfaOnSignIn?: boolean;
};

/** `logto_config.passkey_sign_in`. */
export type UserPasskeySignInData = { skipped?: boolean };

const MFA_KEY = 'mfa';
const PASSKEY_SIGN_IN_KEY = 'passkey_sign_in';

const objectAt = (config: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = config[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
};

const definedOnly = (value: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));

/** The user's `mfa` flags (a malformed value reads as none). */
export const userMfaData = (config: Record<string, unknown>): UserMfaData =>
  objectAt(config, MFA_KEY) as UserMfaData;

/**
 * Logto's `buildUpdatedUserLogtoConfig`: merge the given flags into `mfa` and `passkey_sign_in`,
 * keeping every other key. Both objects exist afterwards, even when nothing was given for one.
 */
export function updatedLogtoConfig(
  config: Record<string, unknown>,
  updates: { mfa?: UserMfaData; passkeySignIn?: UserPasskeySignInData },
): Record<string, unknown> {
  return {
    ...config,
    [MFA_KEY]: { ...objectAt(config, MFA_KEY), ...definedOnly(updates.mfa ?? {}) },
    [PASSKEY_SIGN_IN_KEY]: {
      ...objectAt(config, PASSKEY_SIGN_IN_KEY),
      ...definedOnly(updates.passkeySignIn ?? {}),
    },
  };
}

/** Logto's `buildUserLogtoConfigResponse`: `mfa.enabled` only when set, other flags default false. */
export function logtoConfigView(config: Record<string, unknown>) {
  const mfa = userMfaData(config);
  const passkeySignIn = objectAt(config, PASSKEY_SIGN_IN_KEY) as UserPasskeySignInData;
  return {
    mfa: {
      enabled: mfa.enabled,
      skipped: mfa.skipped ?? false,
      skipMfaOnSignIn: mfa.skipMfaOnSignIn ?? false,
    },
    passkeySignIn: { skipped: passkeySignIn.skipped ?? false },
  };
}
