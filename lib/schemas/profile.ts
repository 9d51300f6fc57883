import { z } from '@/lib/schemas/zod';

export {
  addressFields,
  profileClaimFields,
  type ProfileDetailsField,
} from '@/lib/forms/profile-fields';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const isLanguageTag = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

const isCalendarDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Blank, or passes `check`. */
const optional = (check: (value: string) => boolean, error: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || check(value), { error });

const text = z.string().trim().max(256, { error: 'validation.tooLong' });

/** Name and avatar (`PATCH /api/my-account`); Logto stores at most 128 characters of name. */
export const basicInfoSchema = z.object({
  name: z.string().trim().max(128, { error: 'validation.nameTooLong' }).optional(),
  avatar: optional(isHttpUrl, 'validation.avatarUrl').optional(),
});
export type BasicInfoField = keyof z.infer<typeof basicInfoSchema>;

/** Standard claims (`PATCH /api/my-account/profile`), flattened as the form names them. */
export const profileDetailsSchema = z.object({
  givenName: text,
  middleName: text,
  familyName: text,
  nickname: text,
  website: optional(isHttpUrl, 'validation.websiteUrl'),
  gender: text,
  birthdate: optional(isCalendarDate, 'validation.birthdate'),
  zoneinfo: optional(isTimeZone, 'validation.zoneinfo'),
  locale: optional(isLanguageTag, 'validation.locale'),
  streetAddress: text,
  locality: text,
  region: text,
  postalCode: text,
  country: text,
});
