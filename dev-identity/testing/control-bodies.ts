import type { IncomingMessage } from 'node:http';

import { z } from 'zod';

import { parseBody } from '../http/io';
import { profileSchema } from '../account-api/schemas';
import { fieldControlValues } from '../state/account-center';
import { mfaVerificationSchema } from '../test-mfa';

/** Bodies of the `/__test/*` controls. */
export const fieldControl = z.enum(fieldControlValues);

export const accountCenterBody = z.object({
  enabled: z.boolean().optional(),
  fields: z.record(z.string(), fieldControl).optional(),
  webauthnRelatedOrigins: z.array(z.string()).optional(),
  deleteAccountUrl: z.string().nullable().optional(),
  customCss: z.string().nullable().optional(),
  profileFields: z
    .array(z.object({ name: z.string() }))
    .nullable()
    .optional(),
});

export const identitySchema = z.object({
  userId: z.string().min(1),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const newUserBody = z.object({
  id: z.string().min(1).optional(),
  /** Absent or null: a user without a username (for example social-only). */
  username: z.string().min(1).nullable().default(null),
  password: z.string().min(1).nullable().optional(),
  name: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  primaryEmail: z.string().nullable().optional(),
  primaryPhone: z.string().regex(/^\d+$/).nullable().optional(),
  profile: profileSchema.optional(),
  customData: z.record(z.string(), z.unknown()).optional(),
  identities: z.record(z.string(), identitySchema).optional(),
  mfaVerifications: z.array(mfaVerificationSchema).optional(),
  logtoConfig: z.record(z.string(), z.unknown()).optional(),
});

/** `PATCH /__test/users/:username`: change a user behind the portal's back; null clears a field. */
export const userPatchBody = z
  .object({
    username: z.string().min(1).nullable(),
    password: z.string().min(1).nullable(),
    name: z.string().nullable(),
    avatar: z.string().nullable(),
    primaryEmail: z.string().nullable(),
    primaryPhone: z.string().regex(/^\d+$/).nullable(),
    profile: profileSchema,
    customData: z.record(z.string(), z.unknown()),
    identities: z.record(z.string(), identitySchema),
    mfaVerifications: z.array(mfaVerificationSchema),
    logtoConfig: z.record(z.string(), z.unknown()),
    isSuspended: z.boolean(),
  })
  .partial();

export const faultBody = z.object({
  path: z.string().startsWith('/'),
  method: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  body: z.record(z.string(), z.unknown()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  times: z.number().int().min(1).default(1),
});

export const resetBody = z.object({ demoUserId: z.string().min(1).max(64).optional() });
export const oidcBody = z.object({ accessTokenTtl: z.number().int().min(1) });
export const usernameBody = z.object({ username: z.string().min(1) });
export const accessTokenBody = z
  .object({
    username: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    scopes: z.array(z.string()).optional(),
  })
  .refine((body) => body.username !== undefined || body.userId !== undefined, {
    message: 'username or userId is required',
  });
export const expireRecordsBody = z.object({
  username: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
});

export class ControlInputError extends Error {
  constructor(readonly issues: unknown) {
    super('Invalid test-control body.');
  }
}

export async function readControlBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await parseBody(req));
  if (!result.success) {
    throw new ControlInputError(result.error.issues);
  }
  return result.data;
}
