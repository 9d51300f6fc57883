import 'server-only';

import { accountRequest } from '@/lib/account-api/client';
import {
  backupCodesSchema,
  generatedBackupCodesSchema,
  mfaSettingsSchema,
  mfaVerificationsSchema,
  totpSecretSchema,
  webAuthnRegistrationSchema,
  type RegistrationResponse,
} from '@/lib/account-api/mfa-schemas';
import type { Session } from '@/lib/auth/session';

const base = '/api/my-account/mfa-verifications';

// Every MFA route answers a missing `identities` scope with 401 `auth.unauthorized`: a
// configuration problem, not a dead session.
const mfa = { unauthorizedMeansMissingScope: true } as const;

/** `GET …/mfa-verifications`: the user's factors, without secrets (needs `mfa` readable). */
export const listMfaVerifications = (session: Session) =>
  accountRequest(base, { session, schema: mfaVerificationsSchema, ...mfa });

/** `POST …/totp-secret/generate`: a fresh base32 secret; Logto does not keep it. */
export const generateTotpSecret = (session: Session) =>
  accountRequest(`${base}/totp-secret/generate`, {
    session,
    method: 'POST',
    schema: totpSecretSchema,
    ...mfa,
  });

/** `POST …/backup-codes/generate`: ten codes; Logto keeps them only once they are bound. */
export const generateBackupCodes = (session: Session) =>
  accountRequest(`${base}/backup-codes/generate`, {
    session,
    method: 'POST',
    schema: generatedBackupCodesSchema,
    ...mfa,
  });

/** The body of `POST …/mfa-verifications`, a union on `type` (the literal is `Totp`, not `TOTP`). */
export type NewMfaVerification =
  | { type: 'Totp'; secret: string; code: string }
  | { type: 'BackupCode'; codes: string[] }
  | { type: 'WebAuthn'; newIdentifierVerificationRecordId: string; name?: string };

/** `POST …/mfa-verifications`: binds a factor (always needs step-up). */
export const addMfaVerification = (
  session: Session,
  body: NewMfaVerification,
  verificationId?: string,
) => accountRequest(base, { session, method: 'POST', json: body, verificationId, ...mfa });

/** `PUT …/mfa-verifications/totp`: replaces the authenticator app; a wrong code changes nothing. */
export const replaceTotp = (
  session: Session,
  body: { secret: string; code: string },
  verificationId?: string,
) => accountRequest(`${base}/totp`, { session, method: 'PUT', json: body, verificationId, ...mfa });

/** `GET …/backup-codes` (step-up): the codes of the first set and when each was used; 404 if none. */
export const getBackupCodes = (session: Session, verificationId?: string) =>
  accountRequest(`${base}/backup-codes`, {
    session,
    verificationId,
    schema: backupCodesSchema,
    ...mfa,
  });

/** `PATCH …/:id/name`: renames a passkey. Logto answers a plain-text `OK`, which is not read. */
export const renamePasskey = (
  session: Session,
  id: string,
  name: string,
  verificationId?: string,
) =>
  accountRequest(`${base}/${encodeURIComponent(id)}/name`, {
    session,
    method: 'PATCH',
    json: { name },
    verificationId,
    ...mfa,
  });

/** `DELETE …/:id`: removes one factor only (backup codes stay when the app goes). */
export const deleteMfaVerification = (session: Session, id: string, verificationId?: string) =>
  accountRequest(`${base}/${encodeURIComponent(id)}`, {
    session,
    method: 'DELETE',
    verificationId,
    ...mfa,
  });

/** `GET /api/my-account/mfa-settings`: whether sign-in skips the second step. */
export const getMfaSettings = (session: Session) =>
  accountRequest('/api/my-account/mfa-settings', { session, schema: mfaSettingsSchema, ...mfa });

/** `PATCH /api/my-account/mfa-settings` (step-up). A mandatory MFA policy ignores the flag. */
export const updateMfaSettings = (
  session: Session,
  skipMfaOnSignIn: boolean,
  verificationId?: string,
) =>
  accountRequest('/api/my-account/mfa-settings', {
    session,
    method: 'PATCH',
    json: { skipMfaOnSignIn },
    verificationId,
    schema: mfaSettingsSchema,
    ...mfa,
  });

/**
 * `POST /api/verifications/web-authn/registration`: options for the browser's ceremony, and the
 * record that will hold the new passkey. `rp.id` is the hostname the API was called on.
 */
export const createWebAuthnRegistration = (session: Session) =>
  accountRequest('/api/verifications/web-authn/registration', {
    session,
    method: 'POST',
    schema: webAuthnRegistrationSchema,
  });

/**
 * `POST …/web-authn/registration/verify`. Logto stores the request's `User-Agent` as the passkey's
 * `agent`, so the browser's own is forwarded.
 */
export const verifyWebAuthnRegistration = (
  session: Session,
  verificationRecordId: string,
  payload: RegistrationResponse,
  userAgent: string | undefined,
) =>
  accountRequest('/api/verifications/web-authn/registration/verify', {
    session,
    method: 'POST',
    // Logto's guard wants its own `type` literal on the payload.
    json: { verificationRecordId, payload: { ...payload, type: 'WebAuthn' } },
    userAgent,
  });
