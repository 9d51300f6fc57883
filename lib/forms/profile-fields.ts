/** The profile cards' form fields (kept free of zod so forms stay light). */

/** "Profile picture and name": `PATCH /api/my-account`; `avatarFile` only carries upload errors. */
export const namePictureFields = ['name', 'avatar', 'avatarFile'] as const;
export type NamePictureField = (typeof namePictureFields)[number];

/** What the picture card's buttons ask for. */
export const pictureIntents = ['save', 'upload', 'remove'] as const;
export type PictureIntent = (typeof pictureIntents)[number];

/** "Personal details": standard claims through `PATCH /api/my-account/profile`. */
export const personalDetailsFields = [
  'givenName',
  'middleName',
  'familyName',
  'nickname',
  'website',
  'gender',
  'genderCustom',
  'birthdate',
  'birthdateClear',
  'zoneinfo',
  'locale',
] as const;
export type PersonalDetailsField = (typeof personalDetailsFields)[number];

/** "Address": the `address` claim, which Logto replaces as a whole. */
export const addressFields = [
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
] as const;
export type AddressFormField = (typeof addressFields)[number];

/** The gender choices with a name of their own; anything else is the person's own words. */
export const genderChoices = ['female', 'male', 'prefer_not_to_say'] as const;

/** The gender select's value for "in your own words". */
export const customGenderChoice = 'custom';

/** The select's choice and the text for a stored gender claim. */
export function splitGender(gender: string): { gender: string; genderCustom: string } {
  if (!gender || (genderChoices as readonly string[]).includes(gender))
    return { gender, genderCustom: '' };
  return { gender: customGenderChoice, genderCustom: gender };
}
