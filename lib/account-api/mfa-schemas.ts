import { z } from 'zod';

const factorBase = {
  id: z.string(),
  /** ISO strings, unlike the account's epoch-millisecond timestamps. */
  createdAt: z.string(),
  lastUsedAt: z.string().nullish(),
};

/** One entry of `GET /api/my-account/mfa-verifications`; secrets are never returned. */
export const mfaVerificationSchema = z.discriminatedUnion('type', [
  z.object({ ...factorBase, type: z.literal('Totp') }),
  z.object({
    ...factorBase,
    type: z.literal('WebAuthn'),
    /** The user agent the passkey was registered from. */
    agent: z.string().optional(),
    name: z.string().nullish(),
  }),
  z.object({ ...factorBase, type: z.literal('BackupCode'), remainCodes: z.number() }),
]);
export type MfaVerification = z.infer<typeof mfaVerificationSchema>;
export type PasskeyVerification = Extract<MfaVerification, { type: 'WebAuthn' }>;

/** The user's factors; kinds the portal does not know (a newer Logto) are left out. */
export const mfaVerificationsSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = mfaVerificationSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }),
);

export const totpSecretSchema = z.object({ secret: z.string() });

export const generatedBackupCodesSchema = z.object({ codes: z.array(z.string()) });

/** `GET …/mfa-verifications/backup-codes`: the first set, with when each code was used. */
export const backupCodesSchema = z.object({
  codes: z.array(z.object({ code: z.string(), usedAt: z.string().nullish() })),
});
export type BackupCode = z.infer<typeof backupCodesSchema>['codes'][number];

export const mfaSettingsSchema = z.object({ skipMfaOnSignIn: z.boolean() });

/**
 * What the browser needs for `navigator.credentials.create()`. Kept loose: it is handed to the
 * browser as Logto built it, and the portal reads only `rp.id`.
 */
export const registrationOptionsSchema = z
  .object({
    challenge: z.string(),
    rp: z.object({ id: z.string().optional(), name: z.string() }).loose(),
    user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }).loose(),
    pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
  })
  .loose();
export type RegistrationOptions = z.infer<typeof registrationOptionsSchema>;

/** `POST /api/verifications/web-authn/registration` (answers 200, not 201). */
export const webAuthnRegistrationSchema = z.object({
  verificationRecordId: z.string(),
  registrationOptions: registrationOptionsSchema,
  expiresAt: z.string(),
});

/** What the browser returns from the ceremony (`@simplewebauthn/browser`'s `RegistrationResponseJSON`). */
export const registrationResponseSchema = z
  .object({
    id: z.string().max(1024),
    rawId: z.string().max(1024),
    type: z.literal('public-key'),
    response: z
      .object({
        clientDataJSON: z.string().max(16_384),
        attestationObject: z.string().max(65_536),
        authenticatorData: z.string().max(65_536).optional(),
        transports: z.array(z.string().max(32)).max(16).optional(),
        publicKeyAlgorithm: z.number().optional(),
        publicKey: z.string().max(16_384).optional(),
      })
      .strip(),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  })
  .strip();
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;
