import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import { getSignInExperience } from '@/lib/account-api/my-account';
import type { FieldMode, SocialConnector } from '@/lib/account-api/schemas';
import {
  newIdentifierCookie,
  pendingChangeCookie,
  type IdentifierType,
} from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { getConfig } from '@/lib/config';
import type { Resume } from '@/lib/forms/resumed-state';
import type { ChangeOutcome } from '@/lib/security/changes';
import { mfaDoneOutcomes } from '@/lib/security/mfa-paths';
import type { SocialProblem } from '@/lib/social/complete';
import { one, type Query } from '@/lib/query';

const outcomes: (ChangeOutcome | 'verified')[] = [
  'usernameSaved',
  'usernameRemoved',
  'emailSaved',
  'phoneSaved',
  'emailRemoved',
  'phoneRemoved',
  'passwordSaved',
  'socialLinked',
  'socialReplaced',
  'socialRemoved',
  ...mfaDoneOutcomes,
  'verified',
];

const socialProblems: SocialProblem[] = [
  'expired',
  'state_mismatch',
  'cancelled',
  'provider_error',
  'in_use',
  'failed',
];

/** What the security page shows about flows in progress. No record id ever leaves this module. */
export type SecurityFlow = {
  /** The last completed change, announced on its row. */
  done?: ChangeOutcome | 'verified';
  /** A catalog key for an error that came back from a redirect (a removal, a resumed change). */
  error?: string;
  /** A catalog key for why a social link did not complete. */
  socialProblem?: string;
  /** The change that failed right after step-up: the error and what the user had entered. */
  resume?: Resume;
  /** The new address waiting for its code, and when another code may be asked for. */
  newIdentifier?: { type: IdentifierType; value: string; resendAt: number; resendWait: number };
};

/** Reads the flow state for the security page from the sealed cookies and the query. */
export async function loadSecurityFlow(
  session: Session,
  searchParams: Query,
): Promise<SecurityFlow> {
  const done = outcomes.find((outcome) => outcome === one(searchParams.done));
  const errorCode = one(searchParams.error);
  const error = errorCode ? apiErrorMessageKey({ status: 400, code: errorCode }) : undefined;
  const resumeKind = one(searchParams.resume);
  const [pendingIdentifier, pending] = await Promise.all([
    newIdentifierCookie.read(session),
    resumeKind ? pendingChangeCookie.read(session) : undefined,
  ]);
  const failure = pending?.failure?.kind === resumeKind ? pending?.failure : undefined;
  const change = pending?.change;
  const resendCooldownMs = getConfig().codeResendSeconds * 1000;
  const social = socialProblems.find((kind) => kind === one(searchParams.social));
  return {
    done,
    error,
    socialProblem: social ? `security.socialProblems.${social}` : undefined,
    resume:
      failure && (change === undefined || change.kind === failure.kind)
        ? {
            kind: failure.kind as Resume['kind'],
            errorKey: apiErrorMessageKey({ status: 400, code: failure.code }),
            issues: failure.issues,
            username: change?.kind === 'username' ? change.username : undefined,
            identifier:
              change?.kind === 'sendCode' ? { type: change.type, value: change.value } : undefined,
          }
        : undefined,
    newIdentifier: pendingIdentifier
      ? {
          type: pendingIdentifier.type,
          value: pendingIdentifier.value,
          resendAt: pendingIdentifier.sentAt + resendCooldownMs,
          resendWait: Math.max(
            0,
            Math.ceil((pendingIdentifier.sentAt + resendCooldownMs - Date.now()) / 1000),
          ),
        }
      : undefined,
  };
}

/** The tenant's social connectors; a failed read shows none rather than breaking the page. */
export async function loadSocialConnectors(mode: FieldMode): Promise<SocialConnector[]> {
  if (mode === 'Off') return [];
  try {
    return (await getSignInExperience()).socialConnectors;
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      `[security] could not read the social connectors: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
    return [];
  }
}
