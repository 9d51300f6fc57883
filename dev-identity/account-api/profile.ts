import { isReadable, type AccountCenterFields } from '../state/account-center';
import { hasSecurityVerificationMethod, type StoredUser, type UserProfile } from '../state/users';

/** The standard claims as the caller may see them: `address` only with the `address` scope. */
export function scopedClaims(user: StoredUser, scopes: ReadonlySet<string>): UserProfile {
  const { address, ...rest } = structuredClone(user.profile);
  return { ...rest, ...(scopes.has('address') && address !== undefined ? { address } : {}) };
}

/**
 * The body of `GET /api/my-account` (§3.1): Logto's `getScopedProfile` filtered by the account
 * center fields. Each key needs its scope and, for the gated ones, a readable field.
 */
export function accountProfile(
  user: StoredUser,
  scopes: ReadonlySet<string>,
  fields: AccountCenterFields,
): Record<string, unknown> {
  const body: Record<string, unknown> = { id: user.id };
  const readable = (field: Parameters<typeof isReadable>[1]) => isReadable(fields, field);

  if (scopes.has('profile')) {
    if (readable('name')) body.name = user.name;
    if (readable('avatar')) body.avatar = user.avatar;
    if (readable('username')) body.username = user.username;
    if (readable('profile')) body.profile = scopedClaims(user, scopes);
    body.lastSignInAt = user.lastSignInAt;
    body.createdAt = user.createdAt;
    body.updatedAt = user.updatedAt;
    body.applicationId = user.applicationId;
    body.cimdClientId = null;
    body.isSuspended = user.isSuspended;
    if (readable('password')) body.hasPassword = user.passwordHash !== null;
  }
  if (scopes.has('email') && readable('email')) body.primaryEmail = user.primaryEmail;
  if (scopes.has('phone') && readable('phone')) body.primaryPhone = user.primaryPhone;
  if (scopes.has('custom_data') && readable('customData'))
    body.customData = structuredClone(user.customData);
  if (scopes.has('identities') && readable('social'))
    body.identities = structuredClone(user.identities);
  body.hasSecurityVerificationMethod = hasSecurityVerificationMethod(user);
  return body;
}
