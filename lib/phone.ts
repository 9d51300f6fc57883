import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';

import { perLocale } from '@/lib/intl/options';

export type CountryOption = { code: CountryCode; callingCode: string; name: string };

/**
 * What people type (`+81 90-1234-5678`, `090 1234 5678` with Japan chosen) as the digits-only
 * international number the Account API wants (`819012345678`), or undefined when it is not a
 * possible number.
 */
export function toApiPhone(input: string, country: string): string | undefined {
  const trimmed = input.trim();
  const parsed = trimmed.startsWith('+')
    ? parsePhoneNumberFromString(trimmed)
    : parsePhoneNumberFromString(trimmed, country as CountryCode);
  if (!parsed?.isPossible()) return undefined;
  return parsed.number.slice(1);
}

/** Logto's digits-only phone as people read it (`+81 90 1234 5678`). */
export function formatPhone(digits: string | null | undefined): string | undefined {
  if (!digits) return undefined;
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}

/** The country a stored number belongs to, to preselect in the chooser. */
export function countryOf(digits: string | null | undefined): CountryCode | undefined {
  return digits ? parsePhoneNumberFromString(`+${digits}`)?.country : undefined;
}

/** Every country with its calling code, named in the user's language, sorted by name. */
export const countryOptions = perLocale((locale): CountryOption[] => {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return getCountries()
    .map((code) => ({
      code,
      callingCode: getCountryCallingCode(code),
      name: names.of(code) ?? code,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
});

/** The country a phone number most likely belongs to for people using `locale` (ja → JP). */
export function defaultCountry(locale: string): CountryCode {
  const region = new Intl.Locale(locale).maximize().region;
  return getCountries().find((code) => code === region) ?? 'US';
}
