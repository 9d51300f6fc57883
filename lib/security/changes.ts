import 'server-only';

import { redirect } from 'next/navigation';

import {
  removePrimaryIdentifier,
  setPrimaryIdentifier,
  updatePassword,
  updateUsername,
} from '@/lib/account-api/my-account';
import { unlinkSocialIdentity } from '@/lib/account-api/identities';
import { sendVerificationCode } from '@/lib/account-api/verifications';
import {
  newIdentifierCookie,
  pendingChangeCookie,
  stepUpCookie,
  type PendingChange,
} from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { AccountApiError, isStepUpRequired } from '@/lib/errors';
import { passwordIssues } from '@/lib/forms/password-issues';
import { limitCodeSend } from '@/lib/limits/request-limits';
import { routes } from '@/lib/routes';
import { pathAfterChange, resumePath } from '@/lib/security/paths';
import { performMfaChange } from '@/lib/security/mfa-changes';
import type { MfaOutcome } from '@/lib/security/mfa-paths';
import { performSessionChange, signOutOtherSessions } from '@/lib/sessions/changes';
import type { SessionOutcome } from '@/lib/sessions/paths';
import { privacyOutcome, type PrivacyOutcome } from '@/lib/privacy/paths';
import { bindSocialIdentity, startSocialAuthorization } from '@/lib/social/flow';

/** What a completed change tells the user (a catalog key under `security.done`). */
export type ChangeOutcome =
  | 'usernameSaved'
  | 'usernameRemoved'
  | 'codeSent'
  | 'emailSaved'
  | 'phoneSaved'
  | 'emailRemoved'
  | 'phoneRemoved'
  | 'passwordSaved'
  | 'socialLinked'
  | 'socialReplaced'
  | 'socialRemoved'
  | MfaOutcome
  | SessionOutcome
  | PrivacyOutcome;

/** How long an interrupted change waits for the user to confirm it's them. */
const pendingChangeLifetimeMs = 15 * 60_000;

/** Performs one change with the given step-up record id; throws `AccountApiError`. */
async function performChange(
  session: Session,
  change: PendingChange,
  stepUpId?: string,
): Promise<ChangeOutcome> {
  switch (change.kind) {
    case 'username':
      await updateUsername(session, change.username, stepUpId);
      return change.username === null ? 'usernameRemoved' : 'usernameSaved';
    case 'sendCode': {
      const destination = { type: change.type, value: change.value };
      const record = await limitCodeSend(session.userId, destination, 'newAddress', () =>
        sendVerificationCode(session, destination),
      );
      await newIdentifierCookie.write(
        session,
        {
          type: change.type,
          value: change.value,
          recordId: record.verificationRecordId,
          expiresAt: record.expiresAt,
          sentAt: Date.now(),
          verified: false,
        },
        new Date(record.expiresAt),
      );
      return 'codeSent';
    }
    case 'bindIdentifier': {
      const pending = await newIdentifierCookie.read(session);
      if (!pending?.verified)
        throw new AccountApiError(400, 'verification_record.not_found', 'No verified address.');
      await setPrimaryIdentifier(session, pending, stepUpId);
      await newIdentifierCookie.clear();
      return pending.type === 'email' ? 'emailSaved' : 'phoneSaved';
    }
    case 'removeIdentifier':
      await removePrimaryIdentifier(session, change.type, stepUpId);
      return change.type === 'email' ? 'emailRemoved' : 'phoneRemoved';
    case 'password': {
      await updatePassword(session, change.password, stepUpId);
      // A first password set without step-up has no record to list the sessions with.
      if (!change.signOutOthers || !stepUpId) return 'passwordSaved';
      try {
        const { ended, failed } = await signOutOtherSessions(session, stepUpId);
        return `passwordOthersEnded.${ended}.${failed}`;
      } catch (error) {
        if (!(error instanceof AccountApiError)) throw error;
        // The password is saved either way; the sessions page offers to try again.
        console.error(`[sessions] signing out other sessions failed: ${error.code}`);
        return 'passwordOthersEnded.0.1';
      }
    }
    case 'connectSocial':
      return startSocialAuthorization(session, change.connectorId, change.mode);
    case 'bindSocial':
      return bindSocialIdentity(session, stepUpId);
    case 'unlinkSocial':
      await unlinkSocialIdentity(session, change.target, stepUpId);
      return 'socialRemoved';
    case 'mfa':
      return performMfaChange(session, change.change, stepUpId);
    case 'sessions':
      return performSessionChange(session, change.change, stepUpId);
    case 'privacy':
      // Nothing to do at Logto yet: the privacy page goes on with the fresh step-up.
      return privacyOutcome(change.action);
  }
}

/** Keeps the change and sends the user to confirm it's them; it completes right after. */
export async function askForStepUp(session: Session, change: PendingChange): Promise<never> {
  await pendingChangeCookie.write(
    session,
    { change },
    new Date(Date.now() + pendingChangeLifetimeMs),
  );
  redirect(routes.stepUp);
}

/**
 * Runs a sensitive change with the live step-up record. Without one (or when Logto says it has
 * expired), the change waits in a sealed cookie while the user confirms it's them.
 */
export async function runChange(
  session: Session,
  change: PendingChange,
  needsStepUp: boolean,
): Promise<ChangeOutcome> {
  const stepUp = await stepUpCookie.read(session);
  if (needsStepUp && !stepUp) return askForStepUp(session, change);
  try {
    return await performChange(session, change, stepUp?.recordId);
  } catch (error) {
    if (!(error instanceof AccountApiError) || !isStepUpRequired(error)) throw error;
    await stepUpCookie.clear();
    return askForStepUp(session, change);
  }
}

/**
 * After a successful step-up: finish the change that was waiting, then show the result. A
 * failure (say, the username was taken meanwhile) goes back to the form with the error.
 */
export async function resumePendingChange(session: Session, stepUpId: string): Promise<never> {
  const change = (await pendingChangeCookie.read(session))?.change;
  if (!change) redirect(`${routes.security}?done=verified`);
  const binding =
    change.kind === 'bindIdentifier' ? await newIdentifierCookie.read(session) : undefined;
  // Taken before it runs: some changes leave the portal (social) and must not run twice.
  await pendingChangeCookie.clear();
  let target: string;
  try {
    target = pathAfterChange(change, await performChange(session, change, stepUpId));
  } catch (error) {
    if (!(error instanceof AccountApiError)) throw error;
    const failure = {
      kind: change.kind,
      code: error.code,
      issues: error.code === 'password.rejected' ? passwordIssues(error) : undefined,
    };
    // A new password is never kept longer than the attempt that uses it.
    await pendingChangeCookie.write(
      session,
      { change: change.kind === 'password' ? undefined : change, failure },
      new Date(Date.now() + pendingChangeLifetimeMs),
    );
    target = resumePath(change, binding?.type, error.code);
  }
  redirect(target);
}
