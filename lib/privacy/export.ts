import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import { listGrants } from '@/lib/account-api/grants';
import { listMfaVerifications } from '@/lib/account-api/mfa';
import { listSessions } from '@/lib/account-api/sessions';
import type { Session } from '@/lib/auth/session';
import { AccountApiError } from '@/lib/errors';
import { hasManagementAccess, listUserLogs } from '@/lib/management/client';
import { toActivity } from '@/lib/privacy/activity';

/** The file's format; bump `version` when a key changes meaning or goes away. */
export const exportFormat = 'logto-account-portal.data-export';
export const exportVersion = 1;

/** How far back the security activity goes. */
export const activityDays = 30;

/** Keys never copied out of identity details, however a connector names them. */
const secretKey = /token|secret|password|credential/i;

/** A copy without any key that looks like a token or secret, at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !secretKey.test(key))
        .map(([key, inner]) => [key, withoutSecrets(inner)]),
    );
  }
  return value;
}

/** `undefined` when the tenant doesn't offer this part (switched off, or an older Logto). */
async function optional<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (
      error instanceof AccountApiError &&
      (error.status === 404 || error.code === 'account_center.field_not_enabled')
    ) {
      return undefined;
    }
    throw error;
  }
}

const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null);

/**
 * Everything the Account API returns about the user, and with the Management API their recent
 * security activity: no token, secret, backup code or verification record id. `null` marks a
 * part the tenant doesn't offer.
 */
export async function buildDataExport(session: Session, stepUpId: string) {
  const [account, factors, sessions, grants, logs] = await Promise.all([
    accountRequest('/api/my-account', { session, schema: z.record(z.string(), z.unknown()) }),
    optional(() => listMfaVerifications(session)),
    optional(() => listSessions(session, stepUpId)),
    optional(() => listGrants(session, stepUpId)),
    hasManagementAccess()
      ? listUserLogs(session.userId, Date.now() - activityDays * 86_400_000)
      : Promise.resolve(undefined),
  ]);
  const { identities, ...profile } = account;
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: new Date().toISOString(),
    account: profile,
    identities: identities === undefined ? null : withoutSecrets(identities),
    mfaFactors:
      factors?.map(({ type, createdAt, lastUsedAt, ...rest }) => ({
        type,
        ...('name' in rest && rest.name ? { name: rest.name } : {}),
        createdAt,
        lastUsedAt: lastUsedAt ?? null,
      })) ?? null,
    sessions:
      sessions?.map(({ payload, lastSubmission, expiresAt, isCurrent }) => ({
        signedInAt: iso(payload.loginTs ? payload.loginTs * 1000 : null),
        expiresAt: iso(expiresAt),
        current: isCurrent ?? false,
        applications: Object.keys(payload.authorizations ?? {}),
        ip: lastSubmission?.signInContext?.ip ?? null,
        userAgent: lastSubmission?.signInContext?.userAgent ?? null,
        country: lastSubmission?.signInContext?.country ?? null,
        city: lastSubmission?.signInContext?.city ?? null,
      })) ?? null,
    authorizedApps:
      grants?.grants.map(({ payload, expiresAt, application }) => ({
        applicationId: application?.id ?? null,
        name: application?.name ?? null,
        grantedAt: iso(payload.iat ? payload.iat * 1000 : null),
        expiresAt: iso(expiresAt),
      })) ?? null,
    securityActivity: logs
      ? toActivity(logs).map(({ kind, succeeded, at, key, provider, device, place, ip }) => ({
          at: new Date(at).toISOString(),
          event: kind,
          logKey: key,
          succeeded,
          ...(provider ? { provider } : {}),
          device: device ? [device.browser, device.os].filter(Boolean).join(', ') : null,
          place: place ?? null,
          ip: ip ?? null,
        }))
      : null,
  };
}
