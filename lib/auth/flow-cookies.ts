import 'server-only';

import { cookies } from 'next/headers';
import { z } from 'zod';

import { seal, unseal } from '@/lib/auth/seal';
import type { Session } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { sessionChangeSchema } from '@/lib/sessions/change-schema';

/**
 * Short-lived, encrypted, HttpOnly cookies that carry flow state the browser must not read:
 * verification record ids and changes waiting for step-up. Each is bound to the signed-in user.
 */
type FlowCookie<T> = {
  read(session: Session): Promise<T | undefined>;
  write(session: Session, value: T, expiresAt: Date): Promise<void>;
  clear(): Promise<void>;
};

function flowCookie<T extends Record<string, unknown>>(
  name: string,
  schema: z.ZodType<T>,
): FlowCookie<T> {
  const secret = () => getConfig().cookieSecret;
  return {
    async read(session) {
      const sealed = (await cookies()).get(name)?.value;
      return unseal(sealed, schema, { secret: secret(), purpose: name, userId: session.userId });
    },
    async write(session, value, expiresAt) {
      const sealed = await seal(value, {
        secret: secret(),
        purpose: name,
        userId: session.userId,
        expiresAt,
      });
      (await cookies()).set(name, sealed, {
        httpOnly: true,
        sameSite: 'lax',
        secure: getConfig().cookieSecure,
        path: '/',
        expires: expiresAt,
      });
    },
    async clear() {
      (await cookies()).delete(name);
    },
  };
}

/** The step-up ("confirm it's you") record; it lives 10 minutes from creation at Logto. */
export const stepUpCookie = flowCookie(
  'portal_step_up',
  z.object({ recordId: z.string(), expiresAt: z.string() }),
);

export const identifierTypes = ['email', 'phone'] as const;
export type IdentifierType = (typeof identifierTypes)[number];

/** A code sent to an address: a new one being added, or the current one for step-up. */
const codeRecordSchema = z.object({
  type: z.enum(identifierTypes),
  value: z.string(),
  recordId: z.string(),
  /** ISO time the record dies at Logto (10 minutes after creation, not extended by verifying). */
  expiresAt: z.string(),
  sentAt: z.number(),
  verified: z.boolean(),
});
export type CodeRecord = z.infer<typeof codeRecordSchema>;

/** The new email or phone being added, between "send code" and "bound". */
export const newIdentifierCookie = flowCookie('portal_new_identifier', codeRecordSchema);

/** The code sent to the current email or phone to confirm it's the user. */
export const stepUpCodeCookie = flowCookie('portal_step_up_code', codeRecordSchema);

/** A two-step verification change; secrets it needs wait in their own cookies below. */
export const mfaChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('totpSecret') }),
  z.object({ kind: z.literal('bindTotp'), code: z.string() }),
  z.object({ kind: z.literal('backupCodes') }),
  z.object({ kind: z.literal('bindBackupCodes') }),
  z.object({ kind: z.literal('showBackupCodes') }),
  z.object({ kind: z.literal('addPasskey') }),
  z.object({ kind: z.literal('bindPasskey'), name: z.string() }),
  z.object({ kind: z.literal('renamePasskey'), id: z.string(), name: z.string() }),
  z.object({
    kind: z.literal('removeFactor'),
    id: z.string(),
    factor: z.enum(['Totp', 'WebAuthn']),
  }),
  z.object({ kind: z.literal('mfaOnSignIn'), enabled: z.boolean() }),
]);
export type MfaChange = z.infer<typeof mfaChangeSchema>;

/** A change that was interrupted by step-up and is completed right after it. */
export const pendingChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('username'), username: z.string().nullable() }),
  z.object({ kind: z.literal('sendCode'), type: z.enum(identifierTypes), value: z.string() }),
  z.object({ kind: z.literal('bindIdentifier') }),
  z.object({ kind: z.literal('removeIdentifier'), type: z.enum(identifierTypes) }),
  z.object({
    kind: z.literal('password'),
    password: z.string(),
    /** "Also sign out of your other sessions" once the password is saved. */
    signOutOthers: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('connectSocial'),
    connectorId: z.string(),
    mode: z.enum(['link', 'replace']),
  }),
  z.object({ kind: z.literal('bindSocial') }),
  z.object({ kind: z.literal('unlinkSocial'), target: z.string() }),
  z.object({ kind: z.literal('mfa'), change: mfaChangeSchema }),
  z.object({ kind: z.literal('sessions'), change: sessionChangeSchema }),
  /** Data & privacy: confirming it's the user before deleting the account or downloading data. */
  z.object({ kind: z.literal('privacy'), action: z.enum(['deleteAccount', 'download']) }),
]);
export type PendingChange = z.infer<typeof pendingChangeSchema>;

/** Why a change failed right after step-up, to show next to its form. */
const failureSchema = z.object({
  kind: z.string(),
  code: z.string(),
  issues: z
    .array(
      z.object({
        key: z.string(),
        values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});

export const pendingChangeCookie = flowCookie(
  'portal_pending_change',
  z.object({ change: pendingChangeSchema.optional(), failure: failureSchema.optional() }),
);

/**
 * A social link on its way through the provider: the `state` to compare, the social record, the
 * step-up record obtained before leaving. Only `state` ever appears in a URL.
 */
export const socialFlowCookie = flowCookie(
  'portal_social',
  z.object({
    state: z.string(),
    connectorId: z.string(),
    mode: z.enum(['link', 'replace']),
    recordId: z.string(),
    stepUpId: z.string().optional(),
    expiresAt: z.string(),
    verified: z.boolean(),
  }),
);

/** The authenticator app's secret between "scan this" and "enter a code"; never in a form field. */
export const totpSetupCookie = flowCookie(
  'portal_totp',
  z.object({ secret: z.string(), replace: z.boolean() }),
);

/** New backup codes, shown once, until the user says they saved them. */
export const backupCodesCookie = flowCookie(
  'portal_backup_codes',
  z.object({ codes: z.array(z.string()) }),
);

/** The WebAuthn registration record of a passkey being added: the browser gets only the options. */
export const passkeyRegistrationCookie = flowCookie(
  'portal_passkey',
  z.object({ recordId: z.string(), expiresAt: z.string(), verified: z.boolean() }),
);

/** Every flow cookie, for sign-out. */
export async function clearFlowCookies(): Promise<void> {
  await Promise.all(
    [
      stepUpCookie,
      newIdentifierCookie,
      stepUpCodeCookie,
      pendingChangeCookie,
      socialFlowCookie,
      totpSetupCookie,
      backupCodesCookie,
      passkeyRegistrationCookie,
    ].map((cookie) => cookie.clear()),
  );
}
