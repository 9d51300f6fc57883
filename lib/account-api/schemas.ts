import { z } from 'zod';

export const fieldModeSchema = z.enum(['Off', 'ReadOnly', 'Edit']);
export type FieldMode = z.infer<typeof fieldModeSchema>;

export const accountCenterFieldKeys = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
] as const;
export type AccountCenterField = (typeof accountCenterFieldKeys)[number];

/** `GET /api/.well-known/account-center`. A missing field key means `Off`. */
export const accountCenterSchema = z.object({
  enabled: z.boolean(),
  fields: z.record(z.string(), fieldModeSchema.catch('Off')).default({}),
});
export type AccountCenter = z.infer<typeof accountCenterSchema>;

export const addressSchema = z.object({
  formatted: z.string().optional(),
  streetAddress: z.string().optional(),
  locality: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

/** Standard OIDC profile claims as the Account API names them. */
export const profileClaimsSchema = z.object({
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  middleName: z.string().optional(),
  nickname: z.string().optional(),
  preferredUsername: z.string().optional(),
  profile: z.string().optional(),
  website: z.string().optional(),
  gender: z.string().optional(),
  birthdate: z.string().optional(),
  zoneinfo: z.string().optional(),
  locale: z.string().optional(),
  address: addressSchema.optional(),
});
export type ProfileClaims = z.infer<typeof profileClaimsSchema>;

/** `GET /api/my-account`: which keys are present depends on scopes and field modes. */
export const myAccountSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  username: z.string().nullable().optional(),
  primaryEmail: z.string().nullable().optional(),
  primaryPhone: z.string().nullable().optional(),
  profile: profileClaimsSchema.optional(),
  hasPassword: z.boolean().optional(),
  hasSecurityVerificationMethod: z.boolean().optional(),
  lastSignInAt: z.number().nullable().optional(),
  createdAt: z.number().optional(),
});
export type MyAccount = z.infer<typeof myAccountSchema>;
