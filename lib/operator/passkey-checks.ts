/**
 * Two-step verification and passkeys: which factors the tenant enabled, and whether the portal's
 * origin may register passkeys. Logto's relying party is its own host name, and it accepts a
 * passkey only from its own origin or one of the account center's `webauthnRelatedOrigins`.
 */
import { pass, skip, warn, type Check } from './checklist';
import { updateRelatedOrigins, type ManagementSession } from './management-client';
import type { Output } from './output';
import type { AccountCenter, MfaSettings } from './schemas';

/** Whether people are offered passkeys at all: a factor or passkey sign-in, and the field not Off. */
export function passkeysOffered(center: AccountCenter, signIn: MfaSettings): boolean {
  const control = center.fields.passkey ?? center.fields.mfa ?? 'Off';
  const enabled = signIn.mfa.factors.includes('WebAuthn') || signIn.passkeySignIn.enabled === true;
  return control !== 'Off' && enabled;
}

/** The related-origins line for the portal's origin. */
export function relatedOriginCheck(
  center: AccountCenter,
  signIn: MfaSettings | undefined,
  baseUrl: string,
): Check {
  const origin = new URL(baseUrl).origin;
  if ((center.webauthnRelatedOrigins ?? []).includes(origin)) {
    return pass(`Passkeys: ${origin} is a WebAuthn related origin of the account center`);
  }
  if (signIn && !passkeysOffered(center, signIn)) {
    return skip(
      `Passkeys are off, so ${origin} is not needed as a WebAuthn related origin yet (npm run logto:setup -- --fix adds it)`,
    );
  }
  return warn(
    `Passkeys: ${origin} is not a WebAuthn related origin, so adding a passkey in the portal fails. Run npm run logto:setup -- --fix`,
  );
}

/** Which MFA factors the tenant enabled, and the policy: the portal shows only those. */
export function mfaFactorsCheck(center: AccountCenter, signIn: MfaSettings): Check {
  const { factors, policy } = signIn.mfa;
  const passkeySignIn = signIn.passkeySignIn.enabled ? '; passkey sign-in on' : '';
  if ((center.fields.mfa ?? 'Off') === 'Off' && !passkeysOffered(center, signIn)) {
    return skip('Two-step verification: the mfa field is Off, so the portal hides it');
  }
  if (factors.length === 0) {
    return skip(
      `Two-step verification: no MFA factor is enabled${passkeySignIn} (Console → Multi-factor auth)`,
    );
  }
  return pass(
    `Two-step verification: ${factors.join(', ')} enabled${policy ? `, policy ${policy}` : ''}${passkeySignIn}`,
  );
}

/**
 * Setup: adds the portal's origin to the related origins with `--fix` (unless a dry run), keeping
 * every origin already listed; then checks it.
 */
export async function applyRelatedOrigin(
  session: ManagementSession,
  center: AccountCenter,
  signIn: MfaSettings,
  baseUrl: string,
  { fix, dryRun }: { fix: boolean; dryRun: boolean },
  out: Output,
): Promise<Check> {
  const origin = new URL(baseUrl).origin;
  let current = center;
  const listed = current.webauthnRelatedOrigins ?? [];
  if (fix && !listed.includes(origin)) {
    out.line();
    out.line(
      `WebAuthn related origins (PATCH /api/account-center)${dryRun ? ', dry run: nothing written' : ''}:`,
    );
    out.line(`  + ${origin}`);
    if (!dryRun) {
      current = await updateRelatedOrigins(session, [...listed, origin]);
    }
  }
  return relatedOriginCheck(current, signIn, baseUrl);
}
