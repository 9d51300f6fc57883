'use server';

import { redirect, unstable_rethrow } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import {
  sendVerificationCode,
  verifyPassword,
  verifyVerificationCode,
} from '@/lib/account-api/verifications';
import { identifierTypes, stepUpCodeCookie, stepUpCookie } from '@/lib/auth/flow-cookies';
import { requireActionSession, type Session } from '@/lib/auth/session';
import { isAccountApiError } from '@/lib/errors';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import { readFields } from '@/lib/forms/read-fields';
import {
  clearPasswordFailures,
  limitCodeSend,
  limitPasswordCheck,
} from '@/lib/limits/request-limits';
import { routes } from '@/lib/routes';
import { codeSchema, currentPasswordSchema } from '@/lib/schemas/security';
import { resumePendingChange } from '@/lib/security/changes';
import { codeFieldFor, passwordFieldFor } from '@/lib/security/field-errors';

/** Keeps the step-up record for its 10 minutes, then finishes the change that was waiting. */
async function confirmed(
  session: Session,
  record: { verificationRecordId: string; expiresAt: string },
): Promise<never> {
  await stepUpCookie.write(
    session,
    { recordId: record.verificationRecordId, expiresAt: record.expiresAt },
    new Date(record.expiresAt),
  );
  await Promise.all([stepUpCodeCookie.clear(), clearPasswordFailures(session.userId)]);
  return resumePendingChange(session, record.verificationRecordId);
}

/** Confirms it's the user with their password. */
export async function confirmWithPassword(
  _state: FormState<'password'>,
  formData: FormData,
): Promise<FormState<'password'>> {
  const session = await requireActionSession();
  const parsed = currentPasswordSchema.safeParse(readFields(formData, ['password'] as const));
  if (!parsed.success) return fromZodError(parsed.error, {});
  let record: { verificationRecordId: string; expiresAt: string };
  try {
    const { password } = parsed.data;
    record = await limitPasswordCheck(session.userId, () => verifyPassword(session, password));
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, {}, passwordFieldFor);
  }
  return confirmed(session, record);
}

/** Sends a code to the user's current email or phone, to confirm it's them. */
export async function sendStepUpCode(
  _state: FormState<'code'>,
  formData: FormData,
): Promise<FormState<'code'>> {
  const session = await requireActionSession();
  const type = identifierTypes.find((candidate) => candidate === formData.get('type')) ?? 'email';
  const view = await loadAccount();
  const value =
    view.status === 'ok'
      ? type === 'email'
        ? view.account.primaryEmail
        : view.account.primaryPhone
      : null;
  if (!value) redirect(routes.stepUp);
  try {
    const record = await limitCodeSend(session.userId, { type, value }, 'stepUp', () =>
      sendVerificationCode(session, { type, value }),
    );
    await stepUpCodeCookie.write(
      session,
      {
        type,
        value,
        recordId: record.verificationRecordId,
        expiresAt: record.expiresAt,
        sentAt: Date.now(),
        verified: false,
      },
      new Date(record.expiresAt),
    );
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    if (error.code === 'connector.not_found')
      console.error(`[security] the tenant has no ${type} connector: step-up codes cannot be sent`);
    return toFormState(error, {});
  }
  redirect(`${routes.stepUp}?method=${type}`);
}

/** Checks the code sent to the current email or phone. */
export async function confirmWithCode(
  _state: FormState<'code'>,
  formData: FormData,
): Promise<FormState<'code'>> {
  const session = await requireActionSession();
  const pending = await stepUpCodeCookie.read(session);
  if (!pending) redirect(routes.stepUp);
  const values = readFields(formData, ['code'] as const);
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await verifyVerificationCode(
      session,
      { type: pending.type, value: pending.value },
      pending.recordId,
      parsed.data.code,
    );
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values, codeFieldFor);
  }
  return confirmed(session, {
    verificationRecordId: pending.recordId,
    expiresAt: pending.expiresAt,
  });
}

/** "Use another method": forgets a code sent for step-up. */
export async function restartStepUp(): Promise<void> {
  await requireActionSession();
  await stepUpCodeCookie.clear();
  redirect(routes.stepUp);
}
