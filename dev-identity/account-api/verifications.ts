import { randomInt } from 'node:crypto';

import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { CodeTemplateType, VerificationRecord } from '../state/verification-records';
import { verifyPassword } from '../state/password';

import { accountRoute, json, type ApiDeps } from './context';
import { assertEmailAllowed } from './email-policy';
import { assertFirstPartyClient } from './first-party';

/** Logto's `emailRegEx` and `phoneRegEx`. */
export const emailPattern = /^\S+@\S+\.\S+$/;
export const phonePattern = /^\d+$/;

const identifierSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), value: z.string().max(256).regex(emailPattern) }),
  z.object({ type: z.literal('phone'), value: z.string().regex(phonePattern) }),
]);

type CodeIdentifier = z.infer<typeof identifierSchema>;

const passwordBody = z.object({ password: z.string().min(1) });
const sendCodeBody = z.object({
  identifier: identifierSchema,
  templateType: z.enum(['BindMfa', 'UserPermissionValidation']).optional(),
});
const verifyCodeBody = z.object({
  identifier: identifierSchema,
  verificationId: z.string(),
  code: z.string(),
});

/** What a code record keeps in `data`. */
type CodeData = { code: string; sentAt: number; tryCount: number; consumed: boolean };

const recordTypeOf = (identifier: CodeIdentifier) =>
  identifier.type === 'email'
    ? ('EmailVerificationCode' as const)
    : ('PhoneVerificationCode' as const);

const created = (record: VerificationRecord) =>
  json(
    { verificationRecordId: record.id, expiresAt: new Date(record.expiresAt).toISOString() },
    201,
  );

export type VerificationOptions = { logCodes: boolean };

/** The Verification API (§4.3.1–4.3.3): password records, code sends and code checks. */
export function registerVerificationRoutes(
  router: Router,
  deps: ApiDeps,
  { logCodes }: VerificationOptions,
): void {
  router.post(
    '/api/verifications/password',
    accountRoute(deps, { body: passwordBody }, (ctx) => {
      const { auth, body, state } = ctx;
      assertFirstPartyClient(auth);
      const user = ctx.user();
      state.sentinel.guard(user.id, () => {
        assertThat(
          user.passwordHash && verifyPassword(body.password, user.passwordHash),
          'session.invalid_credentials',
          { status: 422 },
        );
        assertThat(!user.isSuspended, 'user.suspended', { status: 401 });
      });
      const record = state.verificationRecords.create({
        type: 'Password',
        userId: user.id,
        verified: true,
        createdBy: user.id,
        data: {},
      });
      return created(record);
    }),
  );

  router.post(
    '/api/verifications/verification-code',
    accountRoute(deps, { body: sendCodeBody }, (ctx) => {
      const { auth, body, state } = ctx;
      const { identifier } = body;
      assertFirstPartyClient(auth);
      const user = ctx.user();
      const current = identifier.type === 'email' ? user.primaryEmail : user.primaryPhone;
      const existing = identifier.value === current;
      const templateType: CodeTemplateType = existing
        ? (body.templateType ?? 'UserPermissionValidation')
        : 'BindNewIdentifier';
      if (identifier.type === 'email' && !existing) {
        assertEmailAllowed(identifier.value, state.signInExperience.emailBlocklistPolicy);
      }
      const { limits } = state;
      if (!state.outbox.canSend(identifier, limits.sendLimit)) {
        throw new LogtoError('request.message_rate_limited', { status: 429 });
      }
      const connectorOn =
        identifier.type === 'email' ? limits.connectors.email : limits.connectors.sms;
      if (!connectorOn) {
        const type = identifier.type === 'email' ? 'Email' : 'Sms';
        throw new LogtoError('connector.not_found', { status: 501, interpolation: { type } });
      }

      const now = Date.now();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const data: CodeData = { code, sentAt: now, tryCount: 0, consumed: false };
      const record = state.verificationRecords.create(
        {
          type: recordTypeOf(identifier),
          userId: existing ? user.id : null,
          verified: false,
          templateType,
          identifier: { ...identifier },
          createdBy: user.id,
          data,
        },
        now,
      );
      state.outbox.record(identifier, code, record.id, now);
      if (logCodes) {
        console.log(`[stand-in] verification code for ${identifier.value}: ${code}`);
      }
      return created(record);
    }),
  );

  router.post(
    '/api/verifications/verification-code/verify',
    accountRoute(deps, { body: verifyCodeBody }, (ctx) => {
      const { auth, body, state } = ctx;
      const { identifier, verificationId, code } = body;
      assertFirstPartyClient(auth);
      const record = state.verificationRecords.find(verificationId);
      // The owner is not compared with the caller (§4.3.3).
      assertThat(record?.type === recordTypeOf(identifier), 'verification_record.not_found');
      const data = record.data as CodeData;
      const { codeExpirationSeconds, codeMaxRetryAttempts } = state.limits;

      const matched = state.sentinel.guard(identifier.value, () => {
        assertThat(!data.consumed, 'verification_code.not_found');
        assertThat(
          record.identifier?.value === identifier.value,
          identifier.type === 'email'
            ? 'verification_code.email_mismatch'
            : 'verification_code.phone_mismatch',
        );
        assertThat(
          Date.now() < data.sentAt + codeExpirationSeconds * 1000,
          'verification_code.expired',
        );
        assertThat(data.tryCount < codeMaxRetryAttempts, 'verification_code.exceed_max_try');
        if (code !== data.code) {
          data.tryCount += 1;
          throw new LogtoError('verification_code.code_mismatch');
        }
        // Used up even if the lockout then refuses the attempt (Logto verifies first).
        data.consumed = true;
        return true;
      });
      if (matched) {
        record.verified = true;
        state.verificationRecords.save(record);
      }
      return json({ verificationRecordId: record.id });
    }),
  );
}
