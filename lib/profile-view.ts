import type { ProfileClaims } from '@/lib/account-api/schemas';
import { genderChoices } from '@/lib/forms/profile-fields';
import { countryName, countryOptions } from '@/lib/intl/countries';
import { languageOptions } from '@/lib/intl/languages';
import { addressFieldOrder, nameFieldOrder } from '@/lib/intl/name-order';
import { timeZoneOptionsFor } from '@/lib/intl/time-zones';
import { toAddressValues, toPersonalDetailsValues, unparseableBirthdate } from '@/lib/profile';
import { isCalendarDate } from '@/lib/schemas/dates';

/** Today's date in UTC+14, the latest on Earth: no birthdate can be after it. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * What the personal details card needs, built on the server in the interface language: the
 * values, the name order, and the picker options with any stored value that fits none kept.
 */
export function personalDetailsView(profile: ProfileClaims = {}, locale: string, now = new Date()) {
  return {
    values: toPersonalDetailsValues(profile),
    storedBirthdate: unparseableBirthdate(profile),
    today: latestToday(now),
    nameOrder: nameFieldOrder(locale),
    timeZones: timeZoneOptionsFor(profile.zoneinfo, locale, now),
    languages: languageOptions(locale, profile.locale),
  };
}

/** What the address card needs: values, the local field order and the countries. */
export function addressView(profile: ProfileClaims = {}, locale: string) {
  return {
    values: toAddressValues(profile),
    order: addressFieldOrder(locale),
    countries: countryOptions(locale, profile.address?.country),
  };
}

/** A known gender choice (to be translated), or the person's own words. */
export type GenderDisplay = { choice: (typeof genderChoices)[number] } | { text: string };

/**
 * The read-only display of the personal details: dates, time zones, languages in words.
 * Values that fit nothing are shown as stored.
 */
export function personalDetailsDisplay(profile: ProfileClaims = {}, locale: string) {
  const { birthdate = '', zoneinfo = '', locale: language = '', gender = '' } = profile;
  const zone = timeZoneOptionsFor(zoneinfo, locale).find((option) => option.value === zoneinfo);
  const named = languageOptions(locale, language).find((option) => option.value === language);
  const choice = genderChoices.find((known) => known === gender);
  return {
    givenName: profile.givenName ?? '',
    middleName: profile.middleName ?? '',
    familyName: profile.familyName ?? '',
    nickname: profile.nickname ?? '',
    website: profile.website ?? '',
    gender: (choice ? { choice } : { text: gender }) as GenderDisplay,
    birthdate: isCalendarDate(birthdate)
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${birthdate}T00:00:00Z`),
        )
      : birthdate,
    zoneinfo: zoneinfo ? (zone?.label ?? zoneinfo) : '',
    locale: language ? (named?.label ?? language) : '',
  };
}

/** The read-only display of the address, the country by name. */
export function addressDisplay(profile: ProfileClaims = {}, locale: string) {
  const values = toAddressValues(profile);
  return { ...values, country: values.country ? countryName(values.country, locale) : '' };
}
