import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import {
  listSessions,
  listThirdPartyGrants,
  listTrustedDevices,
  type AccountSession,
} from '@/lib/account-api/sessions';
import type { FieldMode } from '@/lib/account-api/schemas';
import { stepUpCookie } from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { AccountApiError, isStepUpRequired } from '@/lib/errors';
import { describeDevice, type Device } from '@/lib/user-agent';

export type SessionRow = {
  uid: string;
  device?: Device;
  /** "Tokyo, JP", when Logto knows it. */
  location?: string;
  signedInAt?: number;
  expiresAt: number;
  isCurrent: boolean;
};

export type TrustedDeviceRow = {
  id: string;
  device?: Device;
  location?: string;
  lastUsedAt?: number;
  isCurrent: boolean;
};

export type AppRow = { grantId: string; name?: string; grantedAt?: number; expiresAt: number };

/** What a page behind step-up can show: the list, or a request to confirm it's the user first. */
export type Guarded<T> = { status: 'stepUp' } | { status: 'ok'; value: T };

const placeOf = (place: { city?: string | null; country?: string | null }) =>
  [place.city, place.country].filter(Boolean).join(', ') || undefined;

function toRow(entry: AccountSession): SessionRow {
  const context = entry.lastSubmission?.signInContext ?? undefined;
  return {
    uid: entry.payload.uid,
    device: describeDevice(context?.userAgent),
    location: context ? placeOf(context) : undefined,
    // `loginTs` is in epoch seconds.
    signedInAt: entry.payload.loginTs === undefined ? undefined : entry.payload.loginTs * 1000,
    expiresAt: entry.expiresAt,
    isCurrent: entry.isCurrent === true,
  };
}

/** This device first, then the most recent sign-in. */
export const sortSessions = (rows: SessionRow[]): SessionRow[] =>
  [...rows].sort(
    (a, b) =>
      Number(b.isCurrent) - Number(a.isCurrent) || (b.signedInAt ?? 0) - (a.signedInAt ?? 0),
  );

/** Runs a read that needs step-up: without a live record, the page asks for one. */
async function guarded<T>(
  session: Session,
  read: (stepUpId: string) => Promise<T>,
): Promise<Guarded<T>> {
  const stepUp = await stepUpCookie.read(session);
  if (!stepUp) return { status: 'stepUp' };
  try {
    return { status: 'ok', value: await read(stepUp.recordId) };
  } catch (error) {
    if (error instanceof AccountApiError && isStepUpRequired(error)) return { status: 'stepUp' };
    throw error;
  }
}

/**
 * The trusted devices, when the tenant's Logto offers them: a missing route (404), the field
 * switched off or a token without the scope all mean "not offered", never an error.
 */
async function readTrustedDevices(
  session: Session,
  stepUpId: string,
  mode: FieldMode,
): Promise<TrustedDeviceRow[] | undefined> {
  if (mode === 'Off') return undefined;
  try {
    const devices = await listTrustedDevices(session, stepUpId);
    return devices.map((device) => ({
      id: device.id,
      device: describeDevice(device.userAgent),
      location: placeOf(device),
      lastUsedAt: device.lastUsedAt ? Date.parse(device.lastUsedAt) : undefined,
      isCurrent: device.isCurrent === true,
    }));
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof AccountApiError) || isStepUpRequired(error)) throw error;
    if (error.status !== 404 && error.code !== 'account_center.field_not_enabled') {
      console.error(`[sessions] trusted devices unavailable: ${error.status} ${error.code}`);
    }
    return undefined;
  }
}

/** The sessions page: every active session, and the trusted devices when there are any. */
export const loadSessionsView = (session: Session, trustedDeviceMode: FieldMode) =>
  guarded(session, async (stepUpId) => {
    const [sessions, devices] = await Promise.all([
      listSessions(session, stepUpId),
      readTrustedDevices(session, stepUpId, trustedDeviceMode),
    ]);
    return { sessions: sortSessions(sessions.map(toRow)), devices };
  });

/** The connected apps page: other companies' apps the user has authorised, newest first. */
export const loadAppsView = (session: Session) =>
  guarded(session, async (stepUpId) =>
    (await listThirdPartyGrants(session, stepUpId))
      .map((grant): AppRow => ({
        grantId: grant.id,
        name: grant.application?.name,
        grantedAt: grant.payload.iat === undefined ? undefined : grant.payload.iat * 1000,
        expiresAt: grant.expiresAt,
      }))
      .sort((a, b) => (b.grantedAt ?? 0) - (a.grantedAt ?? 0)),
  );

/** A moment in the user's language, in their profile's time zone when set, else UTC. */
export function formatMoment(ms: number | undefined, locale: string, timeZone?: string) {
  if (ms === undefined || Number.isNaN(ms)) return undefined;
  const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone ?? 'UTC' }).format(ms);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms);
  }
}
