'use server';

import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';

import { updateMyAccount, updateProfileClaims } from '@/lib/account-api/my-account';
import { requireActionSession } from '@/lib/auth/session';
import { isAccountApiError } from '@/lib/errors';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import { readFields } from '@/lib/forms/read-fields';
import { toProfileClaims } from '@/lib/profile';
import { routes } from '@/lib/routes';
import {
  basicInfoSchema,
  profileDetailsSchema,
  type BasicInfoField,
  type ProfileDetailsField,
} from '@/lib/schemas/profile';

/** Saves name and profile picture URL; only the fields the form showed as editable are sent. */
export async function updateBasicInfo(
  _state: FormState<BasicInfoField>,
  formData: FormData,
): Promise<FormState<BasicInfoField>> {
  const session = await requireActionSession();
  const values = readFields(formData, ['name', 'avatar'] as const);
  const parsed = basicInfoSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  const { name, avatar } = parsed.data;
  try {
    await updateMyAccount(session, {
      ...(name === undefined ? {} : { name: name || null }),
      ...(avatar === undefined ? {} : { avatar: avatar || null }),
    });
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values, (code) =>
      code === 'entity.value_too_long' ? 'name' : undefined,
    );
  }
  revalidatePath(routes.account, 'layout');
  return { status: 'success', values: parsed.data };
}

/** Saves the standard profile claims; Logto merges them one level deep. */
export async function updateProfileDetails(
  _state: FormState<ProfileDetailsField>,
  formData: FormData,
): Promise<FormState<ProfileDetailsField>> {
  const session = await requireActionSession();
  const values = readFields(formData, profileDetailsSchema.keyof().options);
  const parsed = profileDetailsSchema.safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await updateProfileClaims(session, toProfileClaims(parsed.data));
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values);
  }
  revalidatePath(routes.account, 'layout');
  return { status: 'success', values: parsed.data };
}
