'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';

import { createWebAuthnRegistration, verifyWebAuthnRegistration } from '@/lib/account-api/mfa';
import { registrationResponseSchema } from '@/lib/account-api/mfa-schemas';
import { passkeyRegistrationCookie, type PendingChange } from '@/lib/auth/flow-cookies';
import { requireActionSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { isAccountApiError } from '@/lib/errors';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import { isOriginRefusal, passkeyProblemKey } from '@/lib/mfa/passkey-errors';
import type { PasskeyStart } from '@/lib/mfa/view';
import { routes } from '@/lib/routes';
import { newPasskeyNameSchema } from '@/lib/schemas/mfa';
import { runChange, type ChangeOutcome } from '@/lib/security/changes';
import { passkeyNameFieldFor } from '@/lib/security/mfa-field-errors';
import { pathAfterChange } from '@/lib/security/paths';

/** Tells the operator how to let this portal create passkeys (it is theirs to fix, not the user's). */
function logOriginHint(detail: string) {
  const origin = new URL(getConfig().baseUrl).origin;
  console.error(
    `[passkeys] a passkey made on ${origin} was refused (${detail}). Logto's relying party is ` +
      `its own host name, so this portal's origin must be in the account center's ` +
      `webauthnRelatedOrigins: run \`npm run logto:setup -- --fix\`, or add "${origin}" with ` +
      `PATCH /api/account-center {"webauthnRelatedOrigins": [...]}.`,
  );
}

/**
 * Asks Logto for registration options. The record id stays in a sealed cookie; the browser gets
 * only the options (challenge, relying party, user handle, algorithms, credentials to exclude).
 */
export async function beginPasskeyRegistration(): Promise<PasskeyStart> {
  const session = await requireActionSession();
  try {
    const record = await createWebAuthnRegistration(session);
    await passkeyRegistrationCookie.write(
      session,
      { recordId: record.verificationRecordId, expiresAt: record.expiresAt, verified: false },
      new Date(record.expiresAt),
    );
    return { status: 'ready', options: record.registrationOptions };
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return { status: 'error', message: apiErrorMessageKey(error) };
  }
}

/**
 * Sends the browser's answer to Logto (with the browser's own User-Agent, which Logto keeps as
 * the passkey's device), then binds the passkey behind step-up.
 */
export async function finishPasskeyRegistration(
  response: unknown,
  rawName: unknown,
): Promise<FormState<'name'>> {
  const session = await requireActionSession();
  const values = { name: typeof rawName === 'string' ? rawName.slice(0, 256) : '' };
  const parsedName = newPasskeyNameSchema.safeParse(values);
  if (!parsedName.success) return fromZodError(parsedName.error, values);
  const parsed = registrationResponseSchema.safeParse(response);
  if (!parsed.success) return { status: 'error', message: passkeyProblemKey('failed'), values };
  const pending = await passkeyRegistrationCookie.read(session);
  if (!pending) {
    return { status: 'error', message: 'apiErrors.session.mfa.pending_info_not_found', values };
  }
  const change: PendingChange = {
    kind: 'mfa',
    change: { kind: 'bindPasskey', name: parsedName.data.name },
  };
  let outcome: ChangeOutcome;
  try {
    if (!pending.verified) {
      const userAgent = (await headers()).get('user-agent') ?? undefined;
      await verifyWebAuthnRegistration(session, pending.recordId, parsed.data, userAgent);
      await passkeyRegistrationCookie.write(
        session,
        { ...pending, verified: true },
        new Date(pending.expiresAt),
      );
    }
    outcome = await runChange(session, change, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    if (isOriginRefusal(error)) {
      const data = error.data as { message?: unknown } | undefined;
      logOriginHint(typeof data?.message === 'string' ? data.message : error.code);
      return { status: 'error', message: passkeyProblemKey('originNotTrusted'), values };
    }
    if (error.code === 'session.mfa.webauthn_verification_failed') {
      const data = error.data as { message?: unknown } | undefined;
      console.error(
        `[passkeys] Logto refused a passkey: ${String(data?.message ?? error.message)}`,
      );
    }
    return toFormState(error, values, passkeyNameFieldFor);
  }
  revalidatePath(routes.account, 'layout');
  redirect(pathAfterChange(change, outcome));
}

/** The browser refused the relying party for this origin: the operator gets the fix in the log. */
export async function reportPasskeyOriginProblem(rpId: unknown): Promise<void> {
  await requireActionSession();
  const rp = typeof rpId === 'string' ? rpId.slice(0, 253) : 'unknown';
  logOriginHint(`the browser would not use the relying party "${rp}" here`);
}
