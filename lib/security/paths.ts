import type { IdentifierType, PendingChange } from '@/lib/auth/flow-cookies';
import { disconnectSocialPath, routes, securityDonePath, securityTasks } from '@/lib/routes';
import {
  isPrivacyOutcome,
  privacyOutcome,
  privacyPathAfter,
  type PrivacyOutcome,
} from '@/lib/privacy/paths';
import type { ChangeOutcome } from '@/lib/security/changes';
import {
  isMfaOutcome,
  mfaErrorPath,
  mfaPathAfter,
  mfaResumePath,
  mfaRowOfOutcome,
  type MfaOutcome,
} from '@/lib/security/mfa-paths';
import {
  isSessionOutcome,
  sessionErrorPath,
  sessionPathAfter,
  type SessionOutcome,
} from '@/lib/sessions/paths';

/** The summary row each finished change is announced on. */
const rowOf: Record<
  Exclude<ChangeOutcome, 'codeSent' | MfaOutcome | SessionOutcome | PrivacyOutcome>,
  string
> = {
  usernameSaved: 'username',
  usernameRemoved: 'username',
  emailSaved: 'email',
  emailRemoved: 'email',
  phoneSaved: 'phone',
  phoneRemoved: 'phone',
  passwordSaved: 'password',
  socialLinked: 'social',
  socialReplaced: 'social',
  socialRemoved: 'social',
};

/** The summary row a finished change is announced on. */
export const rowOfOutcome = (outcome: ChangeOutcome): string | undefined =>
  outcome === 'codeSent' || isSessionOutcome(outcome) || isPrivacyOutcome(outcome)
    ? undefined
    : isMfaOutcome(outcome)
      ? mfaRowOfOutcome(outcome)
      : rowOf[outcome];

/** Where a change leads: the code step of its task, or the summary row it changed. */
export function pathAfterChange(change: PendingChange, outcome: ChangeOutcome): string {
  if (isMfaOutcome(outcome)) return mfaPathAfter(outcome);
  if (isSessionOutcome(outcome)) {
    return change.kind === 'sessions'
      ? sessionPathAfter(change.change, outcome)
      : sessionPathAfter({ kind: 'view', page: 'sessions' }, outcome);
  }
  if (isPrivacyOutcome(outcome)) return privacyPathAfter(outcome);
  if (outcome === 'codeSent') {
    return securityTasks[change.kind === 'sendCode' ? change.type : 'email'];
  }
  return securityDonePath(outcome, rowOf[outcome]);
}

const removalTask = (type: IdentifierType) =>
  type === 'email' ? securityTasks.removeEmail : securityTasks.removePhone;

/**
 * The task that shows why a change failed right after step-up, with what the user had entered.
 * `bindingType` is the kind of address whose code was being confirmed; sessions changes show
 * Logto's `failureCode` on their confirmation step.
 */
export function resumePath(
  change: PendingChange,
  bindingType: IdentifierType = 'email',
  failureCode = '',
): string {
  const query = `?resume=${change.kind}`;
  switch (change.kind) {
    case 'username':
      return `${change.username === null ? securityTasks.removeUsername : securityTasks.username}${query}`;
    case 'sendCode':
      return `${securityTasks[change.type]}${query}`;
    case 'bindIdentifier':
      return `${securityTasks[bindingType]}${query}`;
    case 'removeIdentifier':
      return `${removalTask(change.type)}${query}`;
    case 'password':
      return `${securityTasks.password}${query}`;
    case 'unlinkSocial':
      return `${disconnectSocialPath(change.target)}${query}`;
    case 'connectSocial':
    case 'bindSocial':
      return `${routes.security}${query}#social`;
    case 'mfa':
      return mfaResumePath(change.change);
    case 'sessions':
      return sessionErrorPath(change.change, failureCode ?? '');
    case 'privacy':
      return privacyPathAfter(privacyOutcome(change.action));
  }
}

/** Where a refused removal goes back to, with Logto's error code. */
export function removalErrorPath(change: PendingChange, code: string): string {
  const query = `?error=${encodeURIComponent(code)}`;
  if (change.kind === 'username') return `${securityTasks.removeUsername}${query}`;
  if (change.kind === 'removeIdentifier') return `${removalTask(change.type)}${query}`;
  if (change.kind === 'unlinkSocial') return `${disconnectSocialPath(change.target)}${query}`;
  if (change.kind === 'mfa') return mfaErrorPath(change.change, code);
  if (change.kind === 'sessions') return sessionErrorPath(change.change, code);
  return `${routes.security}${query}#social`;
}
