/**
 * MFA test controls (test mode only): the stored factor shape the user controls accept,
 * `POST /__test/users/:username/backup-codes/use`, which spends a backup code as a sign-in would,
 * and `GET /__test/mfa-secrets`, every TOTP secret and backup code handed out since the reset.
 */
import { z } from 'zod';

import { parseBody, sendJson } from './http/io';
import type { Router } from './http/router';
import type { StandInState } from './state';
import { webAuthnTransports, type MfaVerification } from './state/mfa';

const base = {
  id: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).optional(),
};

/** One stored factor, as `POST`/`PATCH /__test/users` take it (and `GET /__test/users/:username` shows it). */
export const mfaVerificationSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('Totp'), key: z.string().min(1) }),
  z.object({
    ...base,
    type: z.literal('WebAuthn'),
    credentialId: z.string().min(1),
    publicKey: z.string().min(1),
    counter: z.number().int().min(0),
    agent: z.string(),
    transports: z.array(z.enum(webAuthnTransports)),
    rpId: z.string().optional(),
    name: z.string().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('BackupCode'),
    codes: z.array(
      z.object({ code: z.string().min(1), usedAt: z.iso.datetime({ offset: true }).optional() }),
    ),
  }),
]) satisfies z.ZodType<MfaVerification>;

const useCodeBody = z.object({ code: z.string().min(1).optional() });

/**
 * Mark a backup code used now: the given one, or the first unused code of the user's sets. Answers
 * `{ code, usedAt }`; `404` for an unknown user, `409` when there is no such unused code.
 */
export function registerMfaControls(router: Router, { state }: { state: StandInState }): void {
  // What the generate routes handed out, so specs can check that no secret leaks anywhere.
  router.get('/__test/mfa-secrets', async ({ res }) => {
    sendJson(res, 200, state.issuedMfaSecrets);
  });

  router.post('/__test/users/:username/backup-codes/use', async ({ req, res, params }) => {
    const parsed = useCodeBody.safeParse(await parseBody(req));
    if (!parsed.success) {
      sendJson(res, 400, { message: 'Invalid test-control body.', issues: parsed.error.issues });
      return;
    }
    const user = state.users.findByUsername(params.username ?? '');
    if (!user) {
      sendJson(res, 404, { message: 'User not found.' });
      return;
    }
    const wanted = parsed.data.code;
    const usedAt = new Date().toISOString();
    let spent: string | undefined;
    const mfaVerifications = user.mfaVerifications.map((factor) => {
      if (factor.type !== 'BackupCode' || spent !== undefined) {
        return factor;
      }
      const index = factor.codes.findIndex(
        ({ code, usedAt: used }) => !used && (wanted === undefined || code === wanted),
      );
      if (index === -1) {
        return factor;
      }
      spent = factor.codes[index]?.code;
      const codes = factor.codes.map((entry, at) => (at === index ? { ...entry, usedAt } : entry));
      return { ...factor, codes };
    });
    if (spent === undefined) {
      sendJson(res, 409, { message: 'No such unused backup code.' });
      return;
    }
    state.users.update(user.id, { mfaVerifications });
    sendJson(res, 200, { code: spent, usedAt });
  });
}
