import 'server-only';

import {
  addMfaVerification,
  deleteMfaVerification,
  generateBackupCodes,
  generateTotpSecret,
  getBackupCodes,
  listMfaVerifications,
  renamePasskey,
  replaceTotp,
  updateMfaSettings,
} from '@/lib/account-api/mfa';
import {
  backupCodesCookie,
  passkeyRegistrationCookie,
  totpSetupCookie,
  type MfaChange,
} from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { AccountApiError } from '@/lib/errors';
import type { MfaOutcome } from '@/lib/security/mfa-paths';

/** How long a new secret or a new set of codes waits for the user to confirm it. */
const setupLifetimeMs = 10 * 60_000;

const expired = (what: string) =>
  new AccountApiError(400, 'verification_record.not_found', `No ${what} in progress.`);

/** Binds the authenticator app waiting in its cookie: added, or replacing the current one. */
async function bindTotp(session: Session, code: string, stepUpId?: string): Promise<MfaOutcome> {
  const pending = await totpSetupCookie.read(session);
  if (!pending) throw expired('authenticator app setup');
  const { secret, replace } = pending;
  if (replace) await replaceTotp(session, { secret, code }, stepUpId);
  else await addMfaVerification(session, { type: 'Totp', secret, code }, stepUpId);
  await totpSetupCookie.clear();
  return replace ? 'totpReplaced' : 'totpSaved';
}

/**
 * Binds the codes waiting in their cookie. Logto refuses a new set while an old one has an unused
 * code, and reads back only the first set, so older sets go first (as Logto's Account Center does).
 */
async function bindBackupCodes(session: Session, stepUpId?: string): Promise<MfaOutcome> {
  const pending = await backupCodesCookie.read(session);
  if (!pending) throw expired('backup code setup');
  const factors = await listMfaVerifications(session);
  for (const old of factors.filter(({ type }) => type === 'BackupCode')) {
    await deleteMfaVerification(session, old.id, stepUpId);
  }
  await addMfaVerification(session, { type: 'BackupCode', codes: pending.codes }, stepUpId);
  await backupCodesCookie.clear();
  return 'backupCodesSaved';
}

/** Binds the passkey whose registration the browser completed. */
async function bindPasskey(session: Session, name: string, stepUpId?: string): Promise<MfaOutcome> {
  const pending = await passkeyRegistrationCookie.read(session);
  if (!pending?.verified) throw expired('passkey registration');
  await addMfaVerification(
    session,
    {
      type: 'WebAuthn',
      newIdentifierVerificationRecordId: pending.recordId,
      ...(name ? { name } : {}),
    },
    stepUpId,
  );
  await passkeyRegistrationCookie.clear();
  return 'passkeyAdded';
}

/** Performs one two-step verification change with the step-up record; throws `AccountApiError`. */
export async function performMfaChange(
  session: Session,
  change: MfaChange,
  stepUpId?: string,
): Promise<MfaOutcome> {
  const until = () => new Date(Date.now() + setupLifetimeMs);
  switch (change.kind) {
    case 'totpSecret': {
      const [{ secret }, factors] = await Promise.all([
        generateTotpSecret(session),
        listMfaVerifications(session),
      ]);
      const replace = factors.some(({ type }) => type === 'Totp');
      await totpSetupCookie.write(session, { secret, replace }, until());
      return 'totpSecretReady';
    }
    case 'bindTotp':
      return bindTotp(session, change.code, stepUpId);
    case 'backupCodes': {
      const { codes } = await generateBackupCodes(session);
      await backupCodesCookie.write(session, { codes }, until());
      return 'backupCodesReady';
    }
    case 'bindBackupCodes':
      return bindBackupCodes(session, stepUpId);
    case 'showBackupCodes':
      // Proves the step-up record is still good at Logto before the page reads the codes with it.
      await getBackupCodes(session, stepUpId);
      return 'backupCodesShown';
    case 'addPasskey':
      return 'passkeyReady';
    case 'bindPasskey':
      return bindPasskey(session, change.name, stepUpId);
    case 'renamePasskey':
      await renamePasskey(session, change.id, change.name, stepUpId);
      return 'passkeyRenamed';
    case 'removeFactor':
      await deleteMfaVerification(session, change.id, stepUpId);
      return change.factor === 'Totp' ? 'totpRemoved' : 'passkeyRemoved';
    case 'mfaOnSignIn':
      await updateMfaSettings(session, !change.enabled, stepUpId);
      return change.enabled ? 'mfaOnSignInOn' : 'mfaOnSignInOff';
  }
}
