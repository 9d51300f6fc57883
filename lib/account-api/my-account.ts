import 'server-only';

import { accountRequest } from '@/lib/account-api/client';
import {
  accountCenterSchema,
  myAccountSchema,
  profileClaimsSchema,
  type ProfileClaims,
} from '@/lib/account-api/schemas';
import type { Session } from '@/lib/auth/session';

/** `GET /api/.well-known/account-center`: the tenant's switch and per-field modes (public). */
export const getAccountCenter = () =>
  accountRequest('/api/.well-known/account-center', { schema: accountCenterSchema });

/** `GET /api/my-account`: the signed-in user's profile, filtered by scopes and field modes. */
export const getMyAccount = (session: Session) =>
  accountRequest('/api/my-account', { session, schema: myAccountSchema });

/** `PATCH /api/my-account` for name and avatar (no step-up needed). */
export const updateMyAccount = (
  session: Session,
  body: { name?: string | null; avatar?: string | null },
) => accountRequest('/api/my-account', { session, method: 'PATCH', json: body, schema: myAccountSchema });

/** `PATCH /api/my-account/profile`: claims merge one level deep; `address` replaces as a whole. */
export const updateProfileClaims = (session: Session, body: ProfileClaims) =>
  accountRequest('/api/my-account/profile', {
    session,
    method: 'PATCH',
    json: body,
    schema: profileClaimsSchema,
  });
