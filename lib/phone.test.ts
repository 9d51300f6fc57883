import { describe, expect, it } from 'vitest';

import { countryOf, countryOptions, defaultCountry, formatPhone, toApiPhone } from '@/lib/phone';

describe('phone numbers', () => {
  it.each([
    ['+81 90-1234-5678', 'US', '819012345678'],
    ['090 1234 5678', 'JP', '819012345678'],
    ['(555) 123-4567', 'US', '15551234567'],
    ['07700 900123', 'GB', '447700900123'],
  ])('turns %s (%s) into digits the API accepts', (input, country, digits) => {
    expect(toApiPhone(input, country)).toBe(digits);
  });

  it.each([
    ['12', 'JP'],
    ['not a number', 'US'],
    ['+999 1', 'US'],
  ])('refuses %s', (input, country) => {
    expect(toApiPhone(input, country)).toBeUndefined();
  });

  it('formats and locates stored numbers', () => {
    expect(formatPhone('819012345678')).toBe('+81 90 1234 5678');
    expect(countryOf('819012345678')).toBe('JP');
    expect(formatPhone(null)).toBeUndefined();
  });

  it('names countries in the user language', () => {
    expect(countryOptions('ja').find((option) => option.code === 'JP')).toEqual({
      code: 'JP',
      callingCode: '81',
      name: '日本',
    });
  });
});

describe('defaultCountry', () => {
  it.each([
    ['ja', 'JP'],
    ['en', 'US'],
    ['pt-BR', 'BR'],
    ['pt-PT', 'PT'],
    ['zh-TW', 'TW'],
    ['zh-HK', 'HK'],
    ['ko', 'KR'],
    ['fa-IR', 'IR'],
    ['uk-UA', 'UA'],
  ])('picks the usual country for %s', (locale, country) => {
    expect(defaultCountry(locale)).toBe(country);
  });
});
