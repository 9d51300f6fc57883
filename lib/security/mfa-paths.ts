import type { MfaChange } from '@/lib/auth/flow-cookies';
import { mfaTasks, routes, securityDonePath } from '@/lib/routes';

/** Outcomes that lead on to the next step of a task rather than back to the summary. */
export const mfaNextSteps = [
  'totpSecretReady',
  'backupCodesReady',
  'backupCodesShown',
  'passkeyReady',
] as const;

/** Finished two-step verification changes, each announced on its row. */
export const mfaDoneOutcomes = [
  'totpSaved',
  'totpReplaced',
  'totpRemoved',
  'backupCodesSaved',
  'passkeyAdded',
  'passkeyRenamed',
  'passkeyRemoved',
  'mfaOnSignInOn',
  'mfaOnSignInOff',
] as const;

export type MfaNextStep = (typeof mfaNextSteps)[number];
export type MfaDoneOutcome = (typeof mfaDoneOutcomes)[number];
export type MfaOutcome = MfaNextStep | MfaDoneOutcome;

const all: readonly string[] = [...mfaNextSteps, ...mfaDoneOutcomes];

export const isMfaOutcome = (outcome: string): outcome is MfaOutcome => all.includes(outcome);

/** The rows of the two-step verification card (their element ids). */
export const mfaRows = {
  totp: 'mfa-totp',
  backupCodes: 'mfa-backup-codes',
  passkeys: 'mfa-passkeys',
  signIn: 'mfa-sign-in',
} as const;

const rowOf: Record<MfaDoneOutcome, string> = {
  totpSaved: mfaRows.totp,
  totpReplaced: mfaRows.totp,
  totpRemoved: mfaRows.totp,
  backupCodesSaved: mfaRows.backupCodes,
  passkeyAdded: mfaRows.passkeys,
  passkeyRenamed: mfaRows.passkeys,
  passkeyRemoved: mfaRows.passkeys,
  mfaOnSignInOn: mfaRows.signIn,
  mfaOnSignInOff: mfaRows.signIn,
};

const nextStepPath: Record<MfaNextStep, string> = {
  totpSecretReady: mfaTasks.totp,
  backupCodesReady: mfaTasks.backupCodes,
  backupCodesShown: mfaTasks.viewBackupCodes,
  passkeyReady: mfaTasks.newPasskey,
};

const isNextStep = (outcome: MfaOutcome): outcome is MfaNextStep =>
  (mfaNextSteps as readonly string[]).includes(outcome);

/** The summary row a finished change is announced on (none for a next step). */
export const mfaRowOfOutcome = (outcome: MfaOutcome): string | undefined =>
  isNextStep(outcome) ? undefined : rowOf[outcome];

/** Where a two-step verification change leads: its task's next step, or its summary row. */
export const mfaPathAfter = (outcome: MfaOutcome): string =>
  isNextStep(outcome) ? nextStepPath[outcome] : securityDonePath(outcome, rowOf[outcome]);

/** The task a change belongs to, where its error is shown. */
export function mfaTaskOf(change: MfaChange): string {
  switch (change.kind) {
    case 'totpSecret':
    case 'bindTotp':
      return mfaTasks.totp;
    case 'backupCodes':
    case 'bindBackupCodes':
      return mfaTasks.backupCodes;
    case 'showBackupCodes':
      return mfaTasks.viewBackupCodes;
    case 'addPasskey':
    case 'bindPasskey':
      return mfaTasks.newPasskey;
    case 'renamePasskey':
      return mfaTasks.renamePasskey(change.id);
    case 'removeFactor':
      return change.factor === 'Totp' ? mfaTasks.removeTotp : mfaTasks.removePasskey(change.id);
    case 'mfaOnSignIn':
      return `${routes.security}#${mfaRows.signIn}`;
  }
}

const withQuery = (path: string, query: string) => {
  const [base, hash] = path.split('#');
  return `${base}?${query}${hash ? `#${hash}` : ''}`;
};

/** The task showing why a change failed right after step-up. */
export const mfaResumePath = (change: MfaChange) => withQuery(mfaTaskOf(change), 'resume=mfa');

/** The task showing why a change was refused, with Logto's error code. */
export const mfaErrorPath = (change: MfaChange, code: string) =>
  // The switch lives on the summary, whose `error` belongs to the social card.
  withQuery(
    mfaTaskOf(change),
    `${change.kind === 'mfaOnSignIn' ? 'mfaError' : 'error'}=${encodeURIComponent(code)}`,
  );
