/**
 * The order people expect name and address fields in. Japanese, Chinese, Korean, Hungarian and
 * Vietnamese put the family name first; Japanese, Chinese and Korean addresses run from the
 * largest unit (postal code, prefecture) to the smallest (street). Pure.
 */

const familyNameFirstLanguages = new Set(['ja', 'zh', 'ko', 'hu', 'vi']);

const primaryLanguage = (locale: string) => locale.split(/[-_]/)[0]?.toLowerCase() ?? '';

/** Whether names in `locale` are written family name first. */
export function isFamilyNameFirst(locale: string): boolean {
  return familyNameFirstLanguages.has(primaryLanguage(locale));
}

export type NameField = 'givenName' | 'middleName' | 'familyName';

/** The name fields in the order `locale` writes them. */
export function nameFieldOrder(locale: string): NameField[] {
  return isFamilyNameFirst(locale)
    ? ['familyName', 'givenName', 'middleName']
    : ['givenName', 'middleName', 'familyName'];
}

export type AddressField = 'streetAddress' | 'locality' | 'region' | 'postalCode' | 'country';

const largestFirst: Record<string, AddressField[]> = {
  ja: ['postalCode', 'country', 'region', 'locality', 'streetAddress'],
  ko: ['postalCode', 'country', 'region', 'locality', 'streetAddress'],
  zh: ['country', 'region', 'locality', 'streetAddress', 'postalCode'],
};

const smallestFirst: AddressField[] = [
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'country',
];

/** The address fields in the order `locale` writes an address. */
export function addressFieldOrder(locale: string): AddressField[] {
  return largestFirst[primaryLanguage(locale)] ?? smallestFirst;
}
