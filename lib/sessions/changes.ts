import 'server-only';

import {
  listSessions,
  listThirdPartyGrants,
  removeTrustedDevice,
  revokeGrant,
  revokeSession,
} from '@/lib/account-api/sessions';
import type { Session } from '@/lib/auth/session';
import { signOutHere } from '@/lib/auth/sign-out';
import { AccountApiError, isSignedOut, isStepUpRequired } from '@/lib/errors';
import type { SessionChange } from '@/lib/sessions/change-schema';
import { isAlreadyGone } from '@/lib/sessions/errors';
import type { SessionOutcome } from '@/lib/sessions/paths';

/**
 * Ends every session but this one, and the apps signed in through them. One that fails does not
 * stop the others; one already gone counts as ended.
 */
export async function signOutOtherSessions(
  session: Session,
  stepUpId?: string,
): Promise<{ ended: number; failed: number }> {
  const others = (await listSessions(session, stepUpId)).filter(({ isCurrent }) => !isCurrent);
  const results = await Promise.allSettled(
    others.map(({ payload }) => revokeSession(session, payload.uid, 'all', stepUpId)),
  );
  let failed = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    const error: unknown = result.reason;
    if (!(error instanceof AccountApiError)) throw error;
    // A lapsed step-up or a dead session is the whole request's problem, not this session's.
    if (isStepUpRequired(error) || isSignedOut(error)) throw error;
    if (!isAlreadyGone(error.code)) failed += 1;
  }
  return { ended: others.length - failed, failed };
}

/** Performs one change with the step-up record; throws `AccountApiError`. */
export async function performSessionChange(
  session: Session,
  change: SessionChange,
  stepUpId?: string,
): Promise<SessionOutcome> {
  switch (change.kind) {
    case 'view':
      // Proves the step-up record works for the list before the page reads it.
      if (change.page === 'apps') await listThirdPartyGrants(session, stepUpId);
      else await listSessions(session, stepUpId);
      return change.page === 'apps' ? 'appsShown' : 'sessionsShown';
    case 'revokeSession':
      await revokeSession(session, change.uid, change.target, stepUpId);
      // This browser's own session: its tokens went with it, so sign out here too.
      if (change.current) return signOutHere();
      return 'sessionEnded';
    case 'revokeOthers': {
      const { ended, failed } = await signOutOtherSessions(session, stepUpId);
      return `othersEnded.${ended}.${failed}`;
    }
    case 'revokeGrant':
      await revokeGrant(session, change.grantId, stepUpId);
      return 'grantRevoked';
    case 'removeTrustedDevice':
      await removeTrustedDevice(session, change.id, stepUpId);
      return 'deviceRemoved';
  }
}
