import type { FieldMode, SignInExperience } from '@/lib/account-api/schemas';

/** Logto's MFA policies that make a second step compulsory whatever the user chose. */
const mandatoryPolicies = new Set([
  'Mandatory',
  'PromptAtSignInAndSignUpMandatory',
  'PromptOnlyAtSignInMandatory',
]);

export const isMandatoryPolicy = (policy: string | undefined) =>
  policy !== undefined && mandatoryPolicies.has(policy);

/** Which MFA rows a user is offered: the field is not `Off` and the tenant enabled the factor. */
export type MfaAvailability = {
  totp: boolean;
  backupCodes: boolean;
  passkeys: boolean;
  /** The "2-step verification at sign-in" switch: some MFA factor exists to ask for. */
  signInSwitch: boolean;
};

/**
 * Logto's rules (`account-api.md` §3.6): Totp and backup codes need `mfa.factors` to list them;
 * passkeys need WebAuthn among the factors **or** passkey sign-in enabled. `passkey` falls back
 * to `mfa` when the tenant did not set it (already resolved in `modes`).
 */
export function mfaAvailability(
  signInExperience: Pick<SignInExperience, 'mfa' | 'passkeySignIn'>,
  modes: { mfa: FieldMode; passkey: FieldMode },
): MfaAvailability {
  const factors = new Set(signInExperience.mfa.factors);
  const mfaOn = modes.mfa !== 'Off';
  return {
    totp: mfaOn && factors.has('Totp'),
    backupCodes: mfaOn && factors.has('BackupCode'),
    passkeys:
      modes.passkey !== 'Off' &&
      (factors.has('WebAuthn') || signInExperience.passkeySignIn.enabled === true),
    signInSwitch: mfaOn && factors.size > 0,
  };
}
