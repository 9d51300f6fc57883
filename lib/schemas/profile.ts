import { avatarUrlProblem } from '@/lib/avatar-hosts';
import type { ProfileClaims } from '@/lib/account-api/schemas';
import { customGenderChoice, genderChoices } from '@/lib/forms/profile-fields';
import { countryCodes } from '@/lib/intl/countries';
import { isLanguageTag } from '@/lib/intl/languages';
import { isTimeZone } from '@/lib/intl/time-zones';
import { isCalendarDate, isFutureDate } from '@/lib/schemas/dates';
import { noControlCharacters } from '@/lib/schemas/text';
import { z } from '@/lib/schemas/zod';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** One line of text: trimmed, at most `max` characters, no control characters. */
const text = (max = 256, tooLong = 'validation.tooLong') =>
  z
    .string()
    .trim()
    .refine(...noControlCharacters())
    .max(max, { error: tooLong });

/** Blank, or a value that passes `check` (or is the one already stored, kept as it is). */
const choice = (check: (value: string) => boolean, error: string, stored?: string) =>
  text().refine((value) => value === '' || value === stored || check(value), { error });

/**
 * Name and picture URL (`PATCH /api/my-account`). Logto stores at most 128 characters of name.
 * The picture must pass the same host rules as the header's `img-src` (`LOGTO_AVATAR_HOSTS`).
 */
export function namePictureSchema(avatarHosts: readonly string[]) {
  return z.object({
    name: text(128, 'validation.nameTooLong').optional(),
    avatar: text(2048, 'validation.avatar.invalid')
      .superRefine((value, ctx) => {
        const problem = value ? avatarUrlProblem(value, avatarHosts) : null;
        if (problem) ctx.addIssue({ code: 'custom', message: `validation.avatar.${problem}` });
      })
      .optional(),
  });
}

const genderValues: readonly string[] = ['', ...genderChoices, customGenderChoice];

/**
 * The personal details. Pickers accept their options, or the value the account already holds
 * (an alias time zone, a free-text language), so a save never drops what the API holds.
 */
export function personalDetailsSchema(
  stored: ProfileClaims = {},
  now: () => Date = () => new Date(),
) {
  return z
    .object({
      givenName: text(),
      middleName: text(),
      familyName: text(),
      nickname: text(),
      website: text().refine((value) => value === '' || isHttpUrl(value), {
        error: 'validation.websiteUrl',
      }),
      gender: z.string().refine((value) => genderValues.includes(value), {
        error: 'validation.gender',
      }),
      genderCustom: text(),
      birthdate: z
        .string()
        .trim()
        .refine((value) => value === '' || isCalendarDate(value), { error: 'validation.birthdate' })
        .refine((value) => !isCalendarDate(value) || !isFutureDate(value, now()), {
          error: 'validation.birthdateFuture',
        }),
      birthdateClear: z.string().optional(),
      zoneinfo: choice(isTimeZone, 'validation.zoneinfo', stored.zoneinfo),
      locale: choice(isLanguageTag, 'validation.locale', stored.locale),
    })
    .refine((values) => values.gender !== customGenderChoice || values.genderCustom !== '', {
      error: 'validation.genderCustom',
      path: ['genderCustom'],
    });
}
export type PersonalDetails = z.infer<ReturnType<typeof personalDetailsSchema>>;

/** The address; the country is an ISO 3166-1 code, or the value already stored. */
export function addressSchema(stored: ProfileClaims = {}) {
  return z.object({
    streetAddress: text(),
    locality: text(),
    region: text(),
    postalCode: text(),
    country: choice(
      (value) => countryCodes.includes(value),
      'validation.country',
      stored.address?.country,
    ),
  });
}
export type AddressDetails = z.infer<ReturnType<typeof addressSchema>>;
