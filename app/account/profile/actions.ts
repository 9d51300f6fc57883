'use server';

import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';

import { getMyAccount, updateMyAccount, updateProfileClaims } from '@/lib/account-api/my-account';
import type { ProfileClaims } from '@/lib/account-api/schemas';
import { uploadAvatar } from '@/lib/account-api/user-assets';
import { requireActionSession, type Session } from '@/lib/auth/session';
import { avatarUrlProblem } from '@/lib/avatar-hosts';
import { rememberAvatarUploadUnavailable } from '@/lib/avatar-upload';
import { getConfig } from '@/lib/config';
import { AccountApiError, isAccountApiError } from '@/lib/errors';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import type { FormState } from '@/lib/forms/form-state';
import {
  addressFields,
  personalDetailsFields,
  type AddressFormField,
  type NamePictureField,
  type PersonalDetailsField,
} from '@/lib/forms/profile-fields';
import { readFields } from '@/lib/forms/read-fields';
import { toAddressClaim, toPersonalDetailsClaims } from '@/lib/profile';
import { profileDonePath, routes, type ProfileCard } from '@/lib/routes';
import { addressSchema, namePictureSchema, personalDetailsSchema } from '@/lib/schemas/profile';

type NamePictureState = FormState<NamePictureField>;

/** Upload failures that concern the chosen file; the rest are the form's. */
const fileErrorCodes =
  /^(guard\.(file_size_exceeded|mime_type_not_allowed|invalid_input)|storage\.upload_error)$/;

/** Uploads the chosen file and answers its URL, or the form state that explains the failure. */
async function uploadChosenFile(
  session: Session,
  file: File,
  values: Partial<Record<NamePictureField, string>>,
): Promise<string | NamePictureState> {
  try {
    return await uploadAvatar(session, file, file.name || 'avatar');
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    if (error.code === 'storage.not_configured') {
      // Logto has no "is storage configured" endpoint: remember the answer and hide the upload.
      await rememberAvatarUploadUnavailable();
      revalidatePath(routes.account, 'layout');
      return { status: 'error', message: 'profile.picture.uploadUnavailable', values };
    }
    return toFormState(error, values, (code) =>
      fileErrorCodes.test(code) ? 'avatarFile' : undefined,
    );
  }
}

/**
 * The picture and name task: saves the name and picture URL, uploads a chosen file first (its URL then
 * becomes the picture), or removes the picture (`intent=remove`). Only shown fields are sent.
 */
export async function saveNameAndPicture(
  _state: NamePictureState,
  formData: FormData,
): Promise<NamePictureState> {
  const session = await requireActionSession();
  const values = readFields(formData, ['name', 'avatar'] as const);
  const file = formData.get('avatarFile');
  const chosen = file instanceof File && file.size > 0 ? file : undefined;
  const intent = formData.get('intent');
  if (intent === 'upload' && !chosen) {
    return {
      status: 'error',
      message: 'forms.fixErrors',
      fieldErrors: { avatarFile: ['validation.avatarFileRequired'] },
      values,
    };
  }
  const { avatarHosts } = getConfig();
  const removing = intent === 'remove';
  // The URL field does not count when the picture is being uploaded or removed.
  const checked = removing || chosen ? { name: values.name } : values;
  const parsed = namePictureSchema(avatarHosts).safeParse(checked);
  if (!parsed.success) return fromZodError(parsed.error, values);

  let avatar = parsed.data.avatar;
  if (removing) avatar = '';
  if (chosen) {
    const uploaded = await uploadChosenFile(session, chosen, values);
    if (typeof uploaded !== 'string') return uploaded;
    if (avatarUrlProblem(uploaded, avatarHosts)) {
      console.warn(
        `[profile] uploaded avatar ${new URL(uploaded).host} is not in LOGTO_AVATAR_HOSTS`,
      );
    }
    avatar = uploaded;
  }
  const name = removing ? undefined : parsed.data.name;
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
  redirect(
    profileDonePath(
      removing ? 'pictureRemoved' : chosen ? 'pictureUploaded' : 'picture',
      'picture',
    ),
  );
}

/**
 * Validates `values` against the schema built for the stored claims. Text rules (control
 * characters, lengths) are checked before any request; the stored claims are read only to accept
 * a value already held that fits no picker option, and to keep what the form does not show.
 */
async function parseWithStored<F extends string, T>(
  session: Session,
  values: Partial<Record<F, string>>,
  schemaFor: (stored: ProfileClaims) => {
    safeParse(
      input: unknown,
    ): { success: true; data: T } | { success: false; error: import('zod').ZodError };
  },
  pickerFields: readonly F[],
): Promise<{ data: T; stored: ProfileClaims } | FormState<F>> {
  const first = schemaFor({}).safeParse(values);
  if (
    !first.success &&
    first.error.issues.some((issue) => !pickerFields.includes(String(issue.path[0]) as F))
  ) {
    return fromZodError(first.error, values);
  }
  let stored: ProfileClaims;
  try {
    stored = (await getMyAccount(session)).profile ?? {};
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof AccountApiError)) throw error;
    return toFormState(error, values);
  }
  const parsed = first.success ? first : schemaFor(stored).safeParse(values);
  if (!parsed.success) return fromZodError(parsed.error, values);
  return { data: parsed.data, stored };
}

/**
 * Sends claims (Logto merges them one level deep) and goes back to the profile, which confirms
 * the save on `card`; a failure answers the form's state.
 */
async function saveClaims<F extends string>(
  session: Session,
  claims: ProfileClaims,
  values: Partial<Record<F, string>>,
  card: ProfileCard,
): Promise<FormState<F>> {
  try {
    await updateProfileClaims(session, claims);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return toFormState(error, values);
  }
  revalidatePath(routes.account, 'layout');
  redirect(profileDonePath(card, card));
}

/** The personal details task: names, nickname, website, gender, birthdate, time zone, language. */
export async function updatePersonalDetails(
  _state: FormState<PersonalDetailsField>,
  formData: FormData,
): Promise<FormState<PersonalDetailsField>> {
  const session = await requireActionSession();
  const values = readFields(formData, personalDetailsFields);
  const result = await parseWithStored(session, values, (stored) => personalDetailsSchema(stored), [
    'zoneinfo',
    'locale',
  ]);
  if (!('data' in result)) return result;
  return saveClaims(
    session,
    toPersonalDetailsClaims(result.data, result.stored),
    values,
    'details',
  );
}

/** The address task; the address replaces the stored one as a whole. */
export async function updateAddress(
  _state: FormState<AddressFormField>,
  formData: FormData,
): Promise<FormState<AddressFormField>> {
  const session = await requireActionSession();
  const values = readFields(formData, addressFields);
  const result = await parseWithStored(session, values, addressSchema, ['country']);
  if (!('data' in result)) return result;
  return saveClaims(
    session,
    { address: toAddressClaim(result.data, result.stored) },
    values,
    'address',
  );
}
