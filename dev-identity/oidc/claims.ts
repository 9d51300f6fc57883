import type { StoredUser, UserProfile } from '../state/users';

/**
 * Scope → claims, as Logto's `userClaims` (core-kit `openid.ts`). oidc-provider adds `openid`.
 * The extended claims (custom_data, identities, roles, organizations) reach the userinfo endpoint
 * only: Logto leaves them out of ID tokens unless the tenant enables them.
 */
export const scopeClaims = {
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
    'username',
    'created_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  'urn:logto:scope:organizations': ['organizations', 'organization_data'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
  'urn:logto:scope:sessions': [],
  'urn:logto:scope:trusted_devices': [],
} as const satisfies Record<string, readonly string[]>;

const extendedClaims = new Set([
  'custom_data',
  'identities',
  'sso_identities',
  'roles',
  'organizations',
  'organization_data',
  'organization_roles',
]);

const profileClaimKeys: Record<string, keyof UserProfile> = {
  family_name: 'familyName',
  given_name: 'givenName',
  middle_name: 'middleName',
  nickname: 'nickname',
  preferred_username: 'preferredUsername',
  profile: 'profile',
  website: 'website',
  gender: 'gender',
  birthdate: 'birthdate',
  zoneinfo: 'zoneinfo',
  locale: 'locale',
  address: 'address',
};

/** Every claim value of a user, keyed by claim name; `created_at`/`updated_at` in epoch ms. */
function allClaims(user: StoredUser): Record<string, unknown> {
  const fromProfile = Object.fromEntries(
    Object.entries(profileClaimKeys).map(([claim, key]) => [claim, user.profile[key]]),
  );
  return {
    ...fromProfile,
    name: user.name,
    picture: user.avatar,
    username: user.username,
    email: user.primaryEmail,
    email_verified: Boolean(user.primaryEmail),
    phone_number: user.primaryPhone,
    phone_number_verified: Boolean(user.primaryPhone),
    custom_data: user.customData,
    identities: user.identities,
    sso_identities: [],
    roles: [],
    organizations: [],
    organization_data: [],
    organization_roles: [],
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

/**
 * The claims for an ID token or userinfo response. oidc-provider then keeps only the claims of
 * the granted scopes.
 */
export function userClaims(
  user: StoredUser,
  use: string,
): { sub: string; [claim: string]: unknown } {
  const claims = allClaims(user);
  const kept = Object.entries(claims).filter(
    ([claim, value]) => value !== undefined && (use !== 'id_token' || !extendedClaims.has(claim)),
  );
  return { sub: user.id, ...Object.fromEntries(kept) };
}
