import { describe, expect, it } from 'vitest';

import { addressFieldOrder, isFamilyNameFirst, nameFieldOrder } from '@/lib/intl/name-order';

describe('nameFieldOrder', () => {
  it.each(['ja', 'ja-JP', 'zh-Hant-TW', 'ko', 'hu-HU', 'vi', 'ZH_cn'])(
    'puts the family name first in %s',
    (locale) => {
      expect(isFamilyNameFirst(locale)).toBe(true);
      expect(nameFieldOrder(locale)).toEqual(['familyName', 'givenName', 'middleName']);
    },
  );

  it.each(['en', 'en-GB', 'de', 'fr-CA', 'pt-BR', '', 'jav'])(
    'puts the given name first in %s',
    (locale) => {
      expect(isFamilyNameFirst(locale)).toBe(false);
      expect(nameFieldOrder(locale)).toEqual(['givenName', 'middleName', 'familyName']);
    },
  );
});

describe('addressFieldOrder', () => {
  it('runs from postal code and prefecture down to the street in Japanese', () => {
    expect(addressFieldOrder('ja')).toEqual([
      'postalCode',
      'country',
      'region',
      'locality',
      'streetAddress',
    ]);
  });

  it('starts with the street elsewhere', () => {
    expect(addressFieldOrder('en')).toEqual([
      'streetAddress',
      'locality',
      'region',
      'postalCode',
      'country',
    ]);
    expect(addressFieldOrder('hu')[0]).toBe('streetAddress');
  });

  it('lists every field once in every order', () => {
    for (const locale of ['en', 'ja', 'ko', 'zh']) {
      expect(new Set(addressFieldOrder(locale)).size).toBe(5);
    }
  });
});
