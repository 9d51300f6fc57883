/**
 * A small stand-in for Logto's libphonenumber-based phone handling. Numbers travel as E.164 digits
 * without `+` (`15551234567`). Logto stores them normalised: country code plus national number,
 * with a national trunk prefix `0` dropped (`4407700900123` → `447700900123`).
 *
 * Only the calling codes below are known; any other number is "not parsable" (`user.invalid_phone`).
 */

type CountryRule = {
  /** Allowed lengths of the national significant number (after the trunk `0` is dropped). */
  min: number;
  max: number;
  /** The country dials a trunk `0` before national numbers, which E.164 drops. */
  trunkZero: boolean;
  /** Extra check of the national number, if any. */
  pattern?: RegExp;
};

const countries: ReadonlyMap<string, CountryRule> = new Map([
  // North America: a 10-digit number whose area code does not start with 0 or 1; no trunk 0.
  ['1', { min: 10, max: 10, trunkZero: false, pattern: /^[2-9]/ }],
  ['7', { min: 10, max: 10, trunkZero: false }],
  ['33', { min: 9, max: 9, trunkZero: true }],
  ['34', { min: 9, max: 9, trunkZero: false }],
  // Italy keeps its leading 0 as part of the number.
  ['39', { min: 6, max: 11, trunkZero: false }],
  ['44', { min: 9, max: 10, trunkZero: true }],
  ['49', { min: 6, max: 13, trunkZero: true }],
  ['61', { min: 9, max: 9, trunkZero: true }],
  ['65', { min: 8, max: 8, trunkZero: false }],
  ['81', { min: 9, max: 10, trunkZero: true }],
  ['82', { min: 8, max: 10, trunkZero: true }],
  ['86', { min: 8, max: 11, trunkZero: true }],
  ['91', { min: 10, max: 10, trunkZero: true }],
]);

export type ParsedPhone = { countryCode: string; nationalNumber: string; normalized: string };

/** Parse E.164 digits (no `+`); `undefined` when the number is not valid for a known country. */
export function parsePhone(digits: string): ParsedPhone | undefined {
  if (!/^\d+$/.test(digits)) {
    return undefined;
  }
  for (const length of [1, 2, 3]) {
    const countryCode = digits.slice(0, length);
    const rule = countries.get(countryCode);
    if (!rule) {
      continue;
    }
    let nationalNumber = digits.slice(length);
    if (rule.trunkZero && nationalNumber.startsWith('0')) {
      nationalNumber = nationalNumber.slice(1);
    }
    const fits =
      nationalNumber.length >= rule.min &&
      nationalNumber.length <= rule.max &&
      (rule.pattern?.test(nationalNumber) ?? true) &&
      (!rule.trunkZero || !nationalNumber.startsWith('0'));
    return fits
      ? { countryCode, nationalNumber, normalized: countryCode + nationalNumber }
      : undefined;
  }
  return undefined;
}

/** The stored form of a phone, or `undefined` when it cannot be parsed. */
export const normalizePhone = (digits: string): string | undefined =>
  parsePhone(digits)?.normalized;

/** A comparison key: the normalised number when parsable, else the digits as given. */
export const phoneKey = (digits: string): string => normalizePhone(digits) ?? digits;

/** Recipient keys of the send limit and the code log (§7.1): lower-case email, E.164 digits. */
export const recipientKey = (identifier: { type: 'email' | 'phone'; value: string }): string =>
  identifier.type === 'email'
    ? `email:${identifier.value.toLowerCase()}`
    : `phone:${phoneKey(identifier.value)}`;
