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
  'trustedDevice',
] as const;
export type AccountCenterField = (typeof accountCenterFieldKeys)[number];

/** `GET /api/.well-known/account-center`. A missing field key means `Off`. */
export const accountCenterSchema = z.object({
  enabled: z.boolean(),
  fields: z.record(z.string(), fieldModeSchema.catch('Off')).default({}),
  /** Where the operator lets people delete their account, if anywhere. */
  deleteAccountUrl: z.string().nullish().catch(undefined),
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

/** A linked social identity: the provider's user id and what it told Logto about the user. */
export const identitySchema = z.object({
  userId: z.string(),
  details: z
    .object({
      name: z.string().nullish(),
      email: z.string().nullish(),
      avatar: z.string().nullish(),
    })
    .loose()
    .optional(),
});

const optionalUrl = z.string().nullish().catch(undefined);

/** The sign-in experience's password policy; absent parts take Logto's defaults. */
export const passwordPolicySchema = z
  .object({
    length: z.object({ min: z.number(), max: z.number() }).partial().default({}),
    characterTypes: z.object({ min: z.number() }).partial().default({}),
    rejects: z
      .object({
        pwned: z.boolean(),
        repetitionAndSequence: z.boolean(),
        userInfo: z.boolean(),
        words: z.array(z.string()),
      })
      .partial()
      .default({}),
  })
  .partial()
  .catch({});
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

/**
 * `GET /api/.well-known/sign-in-exp`, the parts the portal reads: the tenant's branding and
 * colours, its password policy, MFA factors, passkey sign-in and its social connectors. Malformed parts fall back to defaults
 * rather than breaking the page.
 */
export const signInExperienceSchema = z.object({
  branding: z
    .object({
      logoUrl: optionalUrl,
      darkLogoUrl: optionalUrl,
      favicon: optionalUrl,
      darkFavicon: optionalUrl,
    })
    .partial()
    .catch({})
    .default({}),
  color: z
    .object({
      primaryColor: z.string().optional(),
      darkPrimaryColor: z.string().optional(),
      isDarkModeEnabled: z.boolean().optional(),
    })
    .catch({})
    .default({}),
  passwordPolicy: passwordPolicySchema.default({}),
  /** The MFA factors an administrator enabled (`Totp`, `WebAuthn`, `BackupCode`, …) and the policy. */
  mfa: z
    .object({ factors: z.array(z.string()).catch([]).default([]), policy: z.string().optional() })
    .catch({ factors: [] })
    .default({ factors: [] }),
  /** Passkey sign-in; when enabled, passkeys can be added even if WebAuthn is not an MFA factor. */
  passkeySignIn: z.object({ enabled: z.boolean().optional() }).loose().catch({}).default({}),
  socialConnectors: z
    .array(
      z
        .object({
          id: z.string(),
          target: z.string(),
          name: z.record(z.string(), z.string()),
          logo: z.string().optional(),
          logoDark: z.string().nullish(),
        })
        .loose(),
    )
    .default([]),
});
export type SignInExperience = z.infer<typeof signInExperienceSchema>;
export type SocialConnector = SignInExperience['socialConnectors'][number];

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
  identities: z.record(z.string(), identitySchema).optional(),
  lastSignInAt: z.number().nullable().optional(),
  createdAt: z.number().optional(),
});
export type MyAccount = z.infer<typeof myAccountSchema>;
