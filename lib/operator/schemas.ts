/**
 * The parts of Logto's answers the CLI reads. Unknown keys are dropped on parse, so secrets that
 * Logto returns (an application's `secret`, a connector's `config`) never travel further.
 */
import { z } from 'zod';

/** `GET /oidc/.well-known/openid-configuration`. */
export const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string(),
  token_endpoint: z.string(),
});

/** A successful client-credentials answer. */
export const tokenSchema = z.object({
  access_token: z.string().min(1),
  scope: z.string().optional(),
});

/** An OAuth error answer (`invalid_client`, `invalid_target`, …). */
export const oauthErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

/** Logto's `RequestError` body. */
export const logtoErrorSchema = z.object({ code: z.string(), message: z.string().optional() });

/** `GET /api/account-center` and its public twin `/api/.well-known/account-center`. */
export const accountCenterSchema = z.object({
  enabled: z.boolean(),
  fields: z.record(z.string(), z.string()),
  /** Origins besides Logto's own that may register passkeys (the portal's must be one). */
  webauthnRelatedOrigins: z.array(z.string()).optional(),
});
export type AccountCenter = z.infer<typeof accountCenterSchema>;

/** `GET /api/applications/:id`. */
export const applicationSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  type: z.string(),
  oidcClientMetadata: z.object({
    redirectUris: z.array(z.string()),
    postLogoutRedirectUris: z.array(z.string()),
  }),
});
export type Application = z.infer<typeof applicationSchema>;

/** The MFA factors and policy, and passkey sign-in, of a sign-in experience. */
const mfaShape = {
  mfa: z
    .object({ factors: z.array(z.string()).default([]), policy: z.string().optional() })
    .default({ factors: [] }),
  passkeySignIn: z.object({ enabled: z.boolean().optional() }).default({}),
};
export type MfaSettings = {
  mfa: { factors: string[]; policy?: string };
  passkeySignIn: { enabled?: boolean };
};

/** `GET /api/sign-in-exp`: which social targets are enabled for sign-in (and so for linking). */
export const signInExperienceSchema = z.object({
  socialSignInConnectorTargets: z.array(z.string()),
  ...mfaShape,
});
export type SignInExperience = z.infer<typeof signInExperienceSchema>;

const localized = z.record(z.string(), z.string());

/** One entry of `GET /api/connectors`. */
export const connectorSchema = z.object({
  id: z.string(),
  type: z.string(),
  target: z.string().optional(),
  name: localized.optional(),
});
export type Connector = z.infer<typeof connectorSchema>;

/** `GET /api/.well-known/sign-in-exp`: enabled social connectors, and the Email/SMS hint. */
export const publicSignInExperienceSchema = z.object({
  socialConnectors: z
    .array(z.object({ id: z.string(), target: z.string(), name: localized.optional() }))
    .default([]),
  forgotPassword: z
    .object({ email: z.boolean().optional(), phone: z.boolean().optional() })
    .optional(),
  ...mfaShape,
});
export type PublicSignInExperience = z.infer<typeof publicSignInExperienceSchema>;

/** A connector's display name: English, else any, else its ID. */
export const displayName = ({ id, name }: { id: string; name?: Record<string, string> }): string =>
  name?.en ?? Object.values(name ?? {})[0] ?? id;
