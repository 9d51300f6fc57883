import type { ProfileClaims } from '@/lib/account-api/schemas';
import {
  addressFields,
  customGenderChoice,
  splitGender,
  type AddressFormField,
  type PersonalDetailsField,
} from '@/lib/forms/profile-fields';
import type { AddressDetails, PersonalDetails } from '@/lib/schemas/profile';
import { isCalendarDate } from '@/lib/schemas/dates';

type Address = NonNullable<ProfileClaims['address']>;

/** The personal details card's values from the stored claims. */
export function toPersonalDetailsValues(
  profile: ProfileClaims = {},
): Record<PersonalDetailsField, string> {
  const stored = profile.birthdate ?? '';
  return {
    givenName: profile.givenName ?? '',
    middleName: profile.middleName ?? '',
    familyName: profile.familyName ?? '',
    nickname: profile.nickname ?? '',
    website: profile.website ?? '',
    ...splitGender(profile.gender ?? ''),
    // A stored date the date input cannot hold is shown beside it instead (unparseableBirthdate).
    birthdate: isCalendarDate(stored) ? stored : '',
    birthdateClear: '',
    zoneinfo: profile.zoneinfo ?? '',
    locale: profile.locale ?? '',
  };
}

/** A stored birthdate that is not a `YYYY-MM-DD` date, shown as text so it is not lost. */
export function unparseableBirthdate(profile: ProfileClaims = {}): string | undefined {
  const stored = profile.birthdate;
  return stored && !isCalendarDate(stored) ? stored : undefined;
}

/**
 * The claims to send for the personal details. Every shown claim is sent, so clearing one clears
 * it, except a stored birthdate the date input could not show: an empty input keeps it, unless
 * the person ticked "remove".
 */
export function toPersonalDetailsClaims(
  details: PersonalDetails,
  stored: ProfileClaims = {},
): ProfileClaims {
  const { gender, genderCustom, birthdate, birthdateClear, ...rest } = details;
  const keepBirthdate =
    birthdate === '' && unparseableBirthdate(stored) !== undefined && !birthdateClear;
  return {
    ...rest,
    gender: gender === customGenderChoice ? genderCustom : gender,
    ...(keepBirthdate ? {} : { birthdate }),
  };
}

/** The address card's values from the stored claims. */
export function toAddressValues(profile: ProfileClaims = {}): Record<AddressFormField, string> {
  const address = profile.address ?? {};
  return Object.fromEntries(addressFields.map((field) => [field, address[field] ?? ''])) as Record<
    AddressFormField,
    string
  >;
}

/**
 * The `address` claim to send: Logto replaces it as a whole. Blank parts are left out; the
 * stored `formatted` line (which the portal does not edit) is kept while it still describes the
 * address, and dropped once a part changes.
 */
export function toAddressClaim(details: AddressDetails, stored: ProfileClaims = {}): Address {
  const previous = stored.address ?? {};
  const address: Address = {};
  for (const field of addressFields) if (details[field]) address[field] = details[field];
  const unchanged = addressFields.every((field) => (previous[field] ?? '') === details[field]);
  if (unchanged && previous.formatted) address.formatted = previous.formatted;
  return address;
}
