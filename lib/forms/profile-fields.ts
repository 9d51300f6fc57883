/** The profile form's fields, in display order (kept free of zod so forms stay light). */
export const profileClaimFields = [
  'givenName',
  'middleName',
  'familyName',
  'nickname',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
] as const;

export const addressFields = [
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
] as const;

export type ProfileDetailsField =
  (typeof profileClaimFields)[number] | (typeof addressFields)[number];
