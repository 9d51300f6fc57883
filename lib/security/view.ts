import 'server-only';

import { newIdentifierCookie, pendingChangeCookie, type IdentifierType } from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import type { ChangeOutcome } from '@/lib/security/changes';

const outcomes: (ChangeOutcome | 'verified')[] = [
  'usernameSaved',
  'usernameRemoved',
  'codeSent',
  'emailSaved',
  'phoneSaved',
  'emailRemoved',
  'phoneRemoved',
  'passwordSaved',
  'verified',
];

/** What the security page shows about flows in progress. No record id ever leaves this module. */
export type SecurityFlow = {
  /** A catalog key announcing the last completed change. */
  done?: string;
  /** A catalog key for an error that came back from a redirect (a removal, a resumed change). */
  error?: string;
  /** The change that failed right after step-up, to show next to its form. */
  resume?: { kind: string; username?: string | null };
  /** The new address waiting for its code, and when another code may be asked for. */
  newIdentifier?: { type: IdentifierType; value: string; resendAt: number; resendWait: number };
};

/** Seconds before another code may be requested for the same address. */
const resendCooldownMs = 60_000;

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads the flow state for the security page from the sealed cookies and the query. */
export async function loadSecurityFlow(session: Session, searchParams: SearchParams): Promise<SecurityFlow> {
  const done = outcomes.find((outcome) => outcome === one(searchParams.done));
  const errorCode = one(searchParams.error);
  const error = errorCode ? apiErrorMessageKey({ status: 400, code: errorCode }) : undefined;
  const resumeKind = one(searchParams.resume);
  const [pendingIdentifier, pending] = await Promise.all([
    newIdentifierCookie.read(session),
    resumeKind ? pendingChangeCookie.read(session) : undefined,
  ]);
  const resumed = pending?.change.kind === resumeKind ? pending?.change : undefined;
  return {
    done: done ? `security.done.${done}` : undefined,
    error,
    resume: resumed
      ? { kind: resumed.kind, username: resumed.kind === 'username' ? resumed.username : undefined }
      : undefined,
    newIdentifier: pendingIdentifier
      ? {
          type: pendingIdentifier.type,
          value: pendingIdentifier.value,
          resendAt: pendingIdentifier.sentAt + resendCooldownMs,
          resendWait: Math.max(0, Math.ceil((pendingIdentifier.sentAt + resendCooldownMs - Date.now()) / 1000)),
        }
      : undefined,
  };
}
