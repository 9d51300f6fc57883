import type { SessionChange } from '@/lib/sessions/change-schema';

export const sessionRoutes = {
  sessions: '/account/sessions',
  apps: '/account/apps',
} as const;

/** The confirmation steps, each its own URL (a page without JavaScript, a dialog with it). */
export const sessionTasks = {
  signOut: (uid: string) => `${sessionRoutes.sessions}/${encodeURIComponent(uid)}/sign-out`,
  signOutOthers: `${sessionRoutes.sessions}/sign-out-others`,
  removeDevice: (id: string) =>
    `${sessionRoutes.sessions}/devices/${encodeURIComponent(id)}/remove`,
  removeApp: (grantId: string) => `${sessionRoutes.apps}/${encodeURIComponent(grantId)}/remove`,
} as const;

const simpleOutcomes = [
  'sessionsShown',
  'appsShown',
  'sessionEnded',
  'grantRevoked',
  'deviceRemoved',
] as const;

/**
 * What a finished change tells the user. Ending several sessions carries how many ended and how
 * many failed (`othersEnded.2.0`); after a password change, `passwordOthersEnded.…`.
 */
export type SessionOutcome =
  | (typeof simpleOutcomes)[number]
  | `othersEnded.${number}.${number}`
  | `passwordOthersEnded.${number}.${number}`;

const countedOutcome = /^(othersEnded|passwordOthersEnded)\.(\d+)\.(\d+)$/;

export const isSessionOutcome = (outcome: string): outcome is SessionOutcome =>
  (simpleOutcomes as readonly string[]).includes(outcome) || countedOutcome.test(outcome);

/** A finished change as shown on its page: the message kind and the counts, if any. */
export type SessionDone = {
  kind: (typeof simpleOutcomes)[number] | 'othersEnded' | 'passwordOthersEnded';
  ended: number;
  failed: number;
};

/** Reads `?done=` back; anything else is ignored. */
export function parseSessionDone(value: string | undefined): SessionDone | undefined {
  if (!value || !isSessionOutcome(value)) return undefined;
  const counted = countedOutcome.exec(value);
  if (counted) {
    const [, kind, ended, failed] = counted;
    return {
      kind: kind as SessionDone['kind'],
      ended: Number(ended),
      failed: Number(failed),
    };
  }
  return { kind: value as SessionDone['kind'], ended: 0, failed: 0 };
}

const pageOf = (change: SessionChange) =>
  change.kind === 'revokeGrant' || (change.kind === 'view' && change.page === 'apps')
    ? sessionRoutes.apps
    : sessionRoutes.sessions;

/** Where a finished change leads: its page, announcing the outcome. */
export const sessionPathAfter = (change: SessionChange, outcome: SessionOutcome) =>
  outcome === 'sessionsShown' || outcome === 'appsShown'
    ? pageOf(change)
    : `${pageOf(change)}?done=${outcome}`;

/** Where a change refused by Logto goes: its confirmation step (or page), with the error code. */
export function sessionErrorPath(change: SessionChange, code: string): string {
  const query = `?error=${encodeURIComponent(code)}`;
  switch (change.kind) {
    case 'revokeSession':
      return `${sessionTasks.signOut(change.uid)}${query}`;
    case 'revokeOthers':
      return `${sessionTasks.signOutOthers}${query}`;
    case 'revokeGrant':
      return `${sessionTasks.removeApp(change.grantId)}${query}`;
    case 'removeTrustedDevice':
      return `${sessionTasks.removeDevice(change.id)}${query}`;
    case 'view':
      return `${pageOf(change)}${query}`;
  }
}
