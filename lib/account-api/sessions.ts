import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

const signInContextSchema = z
  .object({
    ip: z.string().optional(),
    userAgent: z.string().optional(),
    country: z.string().optional(),
    city: z.string().optional(),
  })
  .nullish();

/** One entry of `GET /api/my-account/sessions` (§3.7); only what the portal shows. */
const sessionSchema = z.object({
  payload: z.object({
    uid: z.string(),
    loginTs: z.number().optional(),
    authorizations: z.record(z.string(), z.unknown()).optional(),
  }),
  lastSubmission: z.object({ signInContext: signInContextSchema }).nullish(),
  expiresAt: z.number(),
  isCurrent: z.boolean().optional(),
});
export type AccountSession = z.infer<typeof sessionSchema>;

const grantSchema = z.object({
  id: z.string(),
  payload: z.object({ iat: z.number().optional() }),
  expiresAt: z.number(),
  application: z.object({ id: z.string(), name: z.string() }).nullish(),
});
export type AccountGrant = z.infer<typeof grantSchema>;

const trustedDeviceSchema = z.object({
  id: z.string(),
  userAgent: z.string().nullish(),
  country: z.string().nullish(),
  city: z.string().nullish(),
  createdAt: z.string().nullish(),
  lastUsedAt: z.string().nullish(),
  isCurrent: z.boolean().optional(),
});
export type TrustedDevice = z.infer<typeof trustedDeviceSchema>;

/** What the user chooses when ending a session: every app signed in through it, or ours only. */
export type RevokeGrantsTarget = 'all' | 'firstParty';

// A missing sessions scope is 401 `auth.unauthorized` here: a configuration problem.
const scoped = { unauthorizedMeansMissingScope: true } as const;

/** `GET …/sessions` (step-up): the user's unexpired sessions. */
export const listSessions = async (session: Session, verificationId?: string) =>
  (
    await accountRequest('/api/my-account/sessions', {
      session,
      verificationId,
      schema: z.object({ sessions: z.array(sessionSchema) }),
      ...scoped,
    })
  ).sessions;

/** `DELETE …/sessions/:uid` (step-up): ends the session and the grants the user chose. */
export const revokeSession = (
  session: Session,
  uid: string,
  target: RevokeGrantsTarget,
  verificationId?: string,
) =>
  accountRequest(
    `/api/my-account/sessions/${encodeURIComponent(uid)}?revokeGrantsTarget=${target}`,
    { session, method: 'DELETE', verificationId, ...scoped },
  );

/** `GET …/grants?appType=thirdParty` (step-up): the other companies' apps the user authorised. */
export const listThirdPartyGrants = async (session: Session, verificationId?: string) =>
  (
    await accountRequest('/api/my-account/grants?appType=thirdParty', {
      session,
      verificationId,
      schema: z.object({ grants: z.array(grantSchema) }),
      ...scoped,
    })
  ).grants;

/** `DELETE …/grants/:grantId` (step-up): the app loses its tokens and must ask again. */
export const revokeGrant = (session: Session, grantId: string, verificationId?: string) =>
  accountRequest(`/api/my-account/grants/${encodeURIComponent(grantId)}`, {
    session,
    method: 'DELETE',
    verificationId,
    ...scoped,
  });

/**
 * `GET …/trusted-devices` (step-up; §3.11): Logto v1.42 pages it (an array, the first page is
 * enough at 100), v1.43 answers every device; both are a plain array.
 */
export const listTrustedDevices = (session: Session, verificationId?: string) =>
  accountRequest('/api/my-account/trusted-devices?page=1&page_size=100', {
    session,
    verificationId,
    schema: z.array(trustedDeviceSchema),
    ...scoped,
  });

/** `DELETE …/trusted-devices/:id` (step-up): the device will be asked for two-step again. */
export const removeTrustedDevice = (session: Session, id: string, verificationId?: string) =>
  accountRequest(`/api/my-account/trusted-devices/${encodeURIComponent(id)}`, {
    session,
    method: 'DELETE',
    verificationId,
    ...scoped,
  });
