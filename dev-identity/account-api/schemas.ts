import { z } from 'zod';

const claim = z.string().optional();

/** Logto's `userProfileAddressGuard`: optional strings. */
export const addressSchema = z.object({
  formatted: claim,
  streetAddress: claim,
  locality: claim,
  region: claim,
  postalCode: claim,
  country: claim,
});

/** Logto's `userProfileGuard`: the standard claims, each an optional string, plus `address`. */
export const profileSchema = z.object({
  familyName: claim,
  givenName: claim,
  middleName: claim,
  nickname: claim,
  preferredUsername: claim,
  profile: claim,
  website: claim,
  gender: claim,
  birthdate: claim,
  zoneinfo: claim,
  locale: claim,
  address: addressSchema.optional(),
});
