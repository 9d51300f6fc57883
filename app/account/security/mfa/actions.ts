'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';

import type { MfaChange, PendingChange } from '@/lib/auth/flow-cookies';
import { requireActionSession, type Session } from '@/lib/auth/session';
import { AccountApiError, isAccountApiError } from '@/lib/errors';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import { readFields } from '@/lib/forms/read-fields';
import { routes } from '@/lib/routes';
import { passkeyNameSchema, totpCodeSchema } from '@/lib/schemas/mfa';
import { runChange, type ChangeOutcome } from '@/lib/security/changes';
import { passkeyNameFieldFor, totpCodeFieldFor } from '@/lib/security/mfa-field-errors';
import { pathAfterChange, removalErrorPath } from '@/lib/security/paths';

/** Runs a two-step verification change behind step-up; Logto's refusals come back as errors. */
async function run(session: Session, change: MfaChange): Promise<ChangeOutcome | AccountApiError> {
  try {
    return await runChange(session, { kind: 'mfa', change }, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return error;
  }
}

/** Shows where the change leads: its next step, or the summary row it changed. */
function finish(change: MfaChange, outcome: ChangeOutcome): never {
  const pending: PendingChange = { kind: 'mfa', change };
  revalidatePath(routes.account, 'layout');
  redirect(pathAfterChange(pending, outcome));
}

/** For buttons without fields: a refusal goes back to the task with Logto's error code. */
async function runButton(change: MfaChange): Promise<void> {
  const result = await run(await requireActionSession(), change);
  if (result instanceof AccountApiError) {
    redirect(removalErrorPath({ kind: 'mfa', change }, result.code));
  }
  finish(change, result);
}

/** "Continue": confirm it's the user, then show a new authenticator app secret. */
export async function startTotpSetup(): Promise<void> {
  await runButton({ kind: 'totpSecret' });
}

/** Checks the first code from the new authenticator app and turns it on (or replaces the old one). */
export async function confirmTotp(
  _state: FormState<'code'>,
  formData: FormData,
): Promise<FormState<'code'>> {
  const session = await requireActionSession();
  const values = readFields(formData, ['code'] as const);
  const parsed = totpCodeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const change: MfaChange = { kind: 'bindTotp', code: parsed.data.code };
  const result = await run(session, change);
  // A code is good for 30 seconds: never worth sending back into the form.
  if (result instanceof AccountApiError) return toFormState(result, {}, totpCodeFieldFor);
  return finish(change, result);
}

/** "Generate codes": confirm it's the user, then show ten new backup codes once. */
export async function startBackupCodes(): Promise<void> {
  await runButton({ kind: 'backupCodes' });
}

/** "I've saved them": binds the new codes, replacing any older set. */
export async function confirmBackupCodes(): Promise<void> {
  await runButton({ kind: 'bindBackupCodes' });
}

/** "Show my codes": confirm it's the user, then list the codes and which were used. */
export async function showBackupCodes(): Promise<void> {
  await runButton({ kind: 'showBackupCodes' });
}

/** "Continue" before creating a passkey: confirm it's the user first. */
export async function startAddingPasskey(): Promise<void> {
  await runButton({ kind: 'addPasskey' });
}

/** Renames a passkey. */
export async function renamePasskeyAction(
  _state: FormState<'name'>,
  formData: FormData,
): Promise<FormState<'name'>> {
  const session = await requireActionSession();
  const id = formData.get('id');
  if (typeof id !== 'string' || !id) redirect(routes.security);
  const values = readFields(formData, ['name'] as const);
  const parsed = passkeyNameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const change: MfaChange = { kind: 'renamePasskey', id, name: parsed.data.name };
  const result = await run(session, change);
  if (result instanceof AccountApiError) return toFormState(result, values, passkeyNameFieldFor);
  return finish(change, result);
}

/** Removes the authenticator app or a passkey after the user confirmed. */
export async function removeMfaFactor(formData: FormData): Promise<void> {
  const id = formData.get('id');
  if (typeof id !== 'string' || !id) redirect(routes.security);
  const factor = formData.get('factor') === 'Totp' ? 'Totp' : 'WebAuthn';
  await runButton({ kind: 'removeFactor', id, factor });
}

/** The "2-step verification at sign-in" switch. */
export async function setMfaOnSignIn(formData: FormData): Promise<void> {
  await runButton({ kind: 'mfaOnSignIn', enabled: formData.get('enabled') === 'true' });
}
