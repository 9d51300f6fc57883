'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import { verifyVerificationCode } from '@/lib/account-api/verifications';
import {
  identifierTypes,
  newIdentifierCookie,
  type IdentifierType,
  type PendingChange,
} from '@/lib/auth/flow-cookies';
import { requireActionSession } from '@/lib/auth/session';
import { isAccountApiError } from '@/lib/errors';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import { passwordIssues } from '@/lib/forms/password-issues';
import { readFields } from '@/lib/forms/read-fields';
import { toApiPhone } from '@/lib/phone';
import { routes, securityTasks } from '@/lib/routes';
import {
  codeSchema,
  emailSchema,
  passwordSchema,
  phoneSchema,
  usernameSchema,
} from '@/lib/schemas/security';
import { runChange, type ChangeOutcome } from '@/lib/security/changes';
import { pathAfterChange, removalErrorPath } from '@/lib/security/paths';
import {
  codeFieldFor,
  newIdentifierFieldFor,
  passwordFieldFor,
  usernameFieldFor,
} from '@/lib/security/field-errors';

/** Shows where the change leads: its next step, or the summary row it changed. */
const done = (change: PendingChange, outcome: ChangeOutcome): never => {
  revalidatePath(routes.account, 'layout');
  redirect(pathAfterChange(change, outcome));
};

const identifierType = (formData: FormData): IdentifierType => {
  const type = formData.get('type');
  return identifierTypes.find((candidate) => candidate === type) ?? 'email';
};

/** Sets or changes the username (always behind step-up). */
export async function changeUsername(
  _state: FormState<'username'>,
  formData: FormData,
): Promise<FormState<'username'>> {
  const session = await requireActionSession();
  const values = readFields(formData, ['username'] as const);
  const parsed = usernameSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const change: PendingChange = { kind: 'username', username: parsed.data.username };
  let outcome: ChangeOutcome;
  try {
    outcome = await runChange(session, change, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values, usernameFieldFor);
  }
  return done(change, outcome);
}

/** Sends a code to the new email address or phone number being added. */
export async function sendNewIdentifierCode(
  _state: FormState<'email' | 'phone' | 'country'>,
  formData: FormData,
): Promise<FormState<'email' | 'phone' | 'country'>> {
  const session = await requireActionSession();
  const type = identifierType(formData);
  const values = readFields(formData, ['email', 'phone', 'country'] as const);
  let value: string;
  if (type === 'email') {
    const parsed = emailSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    value = parsed.data.email;
  } else {
    const parsed = phoneSchema.safeParse(values);
    if (!parsed.success) return fromZodError(parsed.error, values);
    const digits = toApiPhone(parsed.data.phone, parsed.data.country);
    if (!digits)
      return {
        status: 'error',
        message: 'forms.fixErrors',
        fieldErrors: { phone: ['validation.phoneFormat'] },
        values,
      };
    value = digits;
  }
  const change: PendingChange = { kind: 'sendCode', type, value };
  let outcome: ChangeOutcome;
  try {
    outcome = await runChange(session, change, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    if (error.code === 'connector.not_found') {
      console.error(
        `[security] the tenant has no ${type === 'email' ? 'email' : 'SMS'} connector: codes cannot be sent`,
      );
    }
    return toFormState(error, values, newIdentifierFieldFor(type));
  }
  return done(change, outcome);
}

/** Sends another code to the address being added. */
export async function resendNewIdentifierCode(): Promise<FormState<'code'>> {
  const session = await requireActionSession();
  const pending = await newIdentifierCookie.read(session);
  if (!pending) redirect(routes.security);
  const change: PendingChange = { kind: 'sendCode', type: pending.type, value: pending.value };
  let outcome: ChangeOutcome;
  try {
    outcome = await runChange(session, change, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, {}, () => 'code');
  }
  return done(change, outcome);
}

/** Checks the code sent to the new address, then binds it (behind step-up). */
export async function confirmNewIdentifier(
  _state: FormState<'code'>,
  formData: FormData,
): Promise<FormState<'code'>> {
  const session = await requireActionSession();
  const pending = await newIdentifierCookie.read(session);
  if (!pending) redirect(routes.security);
  const values = readFields(formData, ['code'] as const);
  const parsed = codeSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  let outcome: ChangeOutcome;
  try {
    if (!pending.verified) {
      const identifier = { type: pending.type, value: pending.value };
      await verifyVerificationCode(session, identifier, pending.recordId, parsed.data.code);
      await newIdentifierCookie.write(
        session,
        { ...pending, verified: true },
        new Date(pending.expiresAt),
      );
    }
    outcome = await runChange(session, { kind: 'bindIdentifier' }, true);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values, codeFieldFor);
  }
  return done({ kind: 'bindIdentifier' }, outcome);
}

/** "Wrong address? Change it": forgets the address being added. */
export async function cancelNewIdentifier(formData: FormData): Promise<void> {
  const session = await requireActionSession();
  const pending = await newIdentifierCookie.read(session);
  await newIdentifierCookie.clear();
  redirect(securityTasks[pending?.type ?? identifierType(formData)]);
}

/** Whether Logto will ask for step-up on IV-if-needed routes (password, social). */
async function hasVerificationMethod(): Promise<boolean> {
  const view = await loadAccount();
  return view.status !== 'ok' || view.account.hasSecurityVerificationMethod !== false;
}

/** The change a confirmed removal stands for. */
async function removalOf(
  formData: FormData,
): Promise<{ change: PendingChange; needsStepUp: boolean }> {
  const type = formData.get('type');
  const target = formData.get('target');
  if (type === 'username')
    return { change: { kind: 'username', username: null }, needsStepUp: true };
  if (type === 'social' && typeof target === 'string') {
    return { change: { kind: 'unlinkSocial', target }, needsStepUp: await hasVerificationMethod() };
  }
  return {
    change: { kind: 'removeIdentifier', type: identifierType(formData) },
    needsStepUp: true,
  };
}

/** Removes the username, email, phone or a connected account after the user confirmed. */
export async function removeIdentifier(formData: FormData): Promise<void> {
  const session = await requireActionSession();
  const { change, needsStepUp } = await removalOf(formData);
  let outcome: ChangeOutcome;
  try {
    outcome = await runChange(session, change, needsStepUp);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    redirect(removalErrorPath(change, error.code));
  }
  done(change, outcome);
}

/** Sets a first password, or changes it (behind step-up when the account has a way to confirm). */
export async function changePassword(
  _state: FormState<'password' | 'confirm'>,
  formData: FormData,
): Promise<FormState<'password' | 'confirm'>> {
  const session = await requireActionSession();
  const parsed = passwordSchema.safeParse(readFields(formData, ['password', 'confirm'] as const));
  if (!parsed.success) return fromZodError(parsed.error, {});
  const needsStepUp = await hasVerificationMethod();
  const change: PendingChange = {
    kind: 'password',
    password: parsed.data.password,
    signOutOthers: formData.get('signOutOthers') === 'on',
  };
  let outcome: ChangeOutcome;
  try {
    outcome = await runChange(session, change, needsStepUp);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    // Never echo a password back into the form.
    const state = toFormState<'password' | 'confirm'>(error, {}, passwordFieldFor);
    return error.code === 'password.rejected' ? { ...state, issues: passwordIssues(error) } : state;
  }
  return done(change, outcome);
}

/** Starts connecting (or replacing) a social account: step-up first if needed, then the provider. */
export async function connectSocial(formData: FormData): Promise<void> {
  const session = await requireActionSession();
  const connectorId = formData.get('connectorId');
  if (typeof connectorId !== 'string' || !connectorId) redirect(routes.security);
  const mode = formData.get('mode') === 'replace' ? 'replace' : 'link';
  try {
    // Step-up happens before leaving, so the callback can link at once.
    await runChange(
      session,
      { kind: 'connectSocial', connectorId, mode },
      await hasVerificationMethod(),
    );
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    console.error(
      `[social] could not start with connector ${connectorId}: ${error.status} ${error.code}`,
    );
    redirect(removalErrorPath({ kind: 'connectSocial', connectorId, mode }, error.code));
  }
}
