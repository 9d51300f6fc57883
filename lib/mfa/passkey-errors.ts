/**
 * Why adding a passkey failed, as the user is told. `originNotTrusted` is the operator's to fix:
 * Logto's relying party is the API's host name, so a portal on another origin must be listed in
 * the account center's `webauthnRelatedOrigins`.
 */
export type PasskeyProblem =
  'originNotTrusted' | 'cancelled' | 'alreadyRegistered' | 'failed' | 'unsupported';

/** What the browser's ceremony threw (a DOMException, or `@simplewebauthn/browser`'s WebAuthnError). */
export type CeremonyError = { name?: string; code?: string; message?: string };

/** Whether `hostname` may use `rpId` without related origins (equal, or a subdomain of it). */
export function isRegistrableFor(rpId: string, hostname: string): boolean {
  const rp = rpId.toLowerCase();
  const host = hostname.toLowerCase();
  return host === rp || host.endsWith(`.${rp}`);
}

/**
 * Classifies a failed `navigator.credentials.create()`. A SecurityError means the browser refused
 * the relying party for this origin; a NotAllowedError is usually a cancel or a timeout, except
 * when the relying party is foreign to this page: then the browser's related-origins check (the
 * `/.well-known/webauthn` list) is what said no.
 */
export function classifyCeremonyError(
  error: CeremonyError,
  context: { rpId?: string; hostname: string },
): PasskeyProblem {
  const cause = error.code ?? '';
  if (cause === 'ERROR_INVALID_RP_ID' || cause === 'ERROR_INVALID_DOMAIN')
    return 'originNotTrusted';
  if (cause === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'alreadyRegistered';
  if (error.name === 'SecurityError') return 'originNotTrusted';
  if (error.name === 'InvalidStateError') return 'alreadyRegistered';
  const foreign = context.rpId !== undefined && !isRegistrableFor(context.rpId, context.hostname);
  if (error.name === 'NotAllowedError' || cause === 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY') {
    return foreign ? 'originNotTrusted' : 'cancelled';
  }
  if (cause === 'ERROR_CEREMONY_ABORTED' || error.name === 'AbortError') return 'cancelled';
  return 'failed';
}

/**
 * Logto refused the browser's answer because of where it came from: its verification names the
 * origin (`Unexpected registration response origin "…", expected one of: …`).
 */
export function isOriginRefusal(error: { code: string; data?: unknown }): boolean {
  if (error.code !== 'session.mfa.webauthn_verification_failed') return false;
  const message =
    typeof error.data === 'object' && error.data !== null
      ? Reflect.get(error.data, 'message')
      : undefined;
  return typeof message === 'string' && /origin/i.test(message);
}

/** The catalog key that explains a passkey problem. */
export const passkeyProblemKey = (problem: PasskeyProblem) => `mfa.passkeys.problems.${problem}`;
