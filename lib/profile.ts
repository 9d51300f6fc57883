import type { MyAccount, ProfileClaims } from '@/lib/account-api/schemas';
import { addressFields, profileClaimFields, type ProfileDetailsField } from '@/lib/schemas/profile';

/** Form values (flat) from the API's profile claims (address nested). */
export function toProfileDetailsValues(
  profile: MyAccount['profile'],
): Record<ProfileDetailsField, string> {
  const values = {} as Record<ProfileDetailsField, string>;
  for (const field of profileClaimFields) values[field] = profile?.[field] ?? '';
  for (const field of addressFields) values[field] = profile?.address?.[field] ?? '';
  return values;
}

/**
 * The claims to send. Every shown claim is sent, so clearing one clears it; the address goes
 * as a whole because Logto replaces it as a whole.
 */
export function toProfileClaims(values: Record<ProfileDetailsField, string>): ProfileClaims {
  const claims: ProfileClaims = {};
  for (const field of profileClaimFields) claims[field] = values[field];
  const address: NonNullable<ProfileClaims['address']> = {};
  for (const field of addressFields) if (values[field]) address[field] = values[field];
  claims.address = address;
  return claims;
}
