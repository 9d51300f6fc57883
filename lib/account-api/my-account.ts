import 'server-only';

import { cache } from 'react';

import { accountRequest } from '@/lib/account-api/client';
import {
  accountCenterSchema,
  myAccountSchema,
  profileClaimsSchema,
  signInExperienceSchema,
  type ProfileClaims,
} from '@/lib/account-api/schemas';
import type { Session } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { keptFor } from '@/lib/kept';

const settingsTtlMs = () => getConfig().settingsCacheSeconds * 1000;

/**
 * `GET /api/.well-known/account-center`: the tenant's switch and per-field modes (public; kept
 * for `LOGTO_SETTINGS_CACHE_SECONDS`).
 */
export const getAccountCenter = keptFor(settingsTtlMs, () =>
  accountRequest('/api/.well-known/account-center', { schema: accountCenterSchema }),
);

/**
 * `GET /api/.well-known/sign-in-exp`: branding, password policy, connectors (public; kept for
 * `LOGTO_SETTINGS_CACHE_SECONDS`, and read at most once per request).
 */
export const getSignInExperience = cache(
  keptFor(settingsTtlMs, () =>
    accountRequest('/api/.well-known/sign-in-exp', { schema: signInExperienceSchema }),
  ),
);

/** `GET /api/my-account`: the signed-in user's profile, filtered by scopes and field modes. */
export const getMyAccount = (session: Session) =>
  accountRequest('/api/my-account', { session, schema: myAccountSchema });

/** `PATCH /api/my-account` for name and avatar (no step-up needed). */
export const updateMyAccount = (
  session: Session,
  body: { name?: string | null; avatar?: string | null },
) =>
  accountRequest('/api/my-account', {
    session,
    method: 'PATCH',
    json: body,
    schema: myAccountSchema,
  });

/** `PATCH /api/my-account/profile`: claims merge one level deep; `address` replaces as a whole. */
export const updateProfileClaims = (session: Session, body: ProfileClaims) =>
  accountRequest('/api/my-account/profile', {
    session,
    method: 'PATCH',
    json: body,
    schema: profileClaimsSchema,
  });

/** `PATCH /api/my-account` with `username` (a string, or null to remove); always needs step-up. */
export const updateUsername = (
  session: Session,
  username: string | null,
  verificationId?: string,
) =>
  accountRequest('/api/my-account', {
    session,
    method: 'PATCH',
    json: { username },
    verificationId,
    schema: myAccountSchema,
  });

/** `POST /api/my-account/primary-email|phone`: binds a new address proven by its own record. */
export const setPrimaryIdentifier = (
  session: Session,
  identifier: { type: 'email' | 'phone'; value: string; recordId: string },
  verificationId?: string,
) =>
  accountRequest(`/api/my-account/primary-${identifier.type}`, {
    session,
    method: 'POST',
    json: {
      [identifier.type]: identifier.value,
      newIdentifierVerificationRecordId: identifier.recordId,
    },
    verificationId,
  });

/** `DELETE /api/my-account/primary-email|phone`; refused when it is the last identifier. */
export const removePrimaryIdentifier = (
  session: Session,
  type: 'email' | 'phone',
  verificationId?: string,
) =>
  accountRequest(`/api/my-account/primary-${type}`, { session, method: 'DELETE', verificationId });

/** `POST /api/my-account/password`: step-up needed only if the user has a password, email or phone. */
export const updatePassword = (session: Session, password: string, verificationId?: string) =>
  accountRequest('/api/my-account/password', {
    session,
    method: 'POST',
    json: { password },
    verificationId,
  });
