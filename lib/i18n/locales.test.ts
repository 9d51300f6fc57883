import { describe, expect, it } from 'vitest';

import en from '@/lib/i18n/messages/en.json';
import ja from '@/lib/i18n/messages/ja.json';
import apiErrorsEn from '@/lib/i18n/messages/api-errors.en.json';
import apiErrorsJa from '@/lib/i18n/messages/api-errors.ja.json';
import errorPageEn from '@/lib/i18n/messages/error-page.en.json';
import errorPageJa from '@/lib/i18n/messages/error-page.ja.json';
import mfaEn from '@/lib/i18n/messages/mfa.en.json';
import mfaJa from '@/lib/i18n/messages/mfa.ja.json';
import privacyEn from '@/lib/i18n/messages/privacy.en.json';
import privacyJa from '@/lib/i18n/messages/privacy.ja.json';
import { negotiateLocale } from '@/lib/i18n/locales';

const keys = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null
    ? Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('negotiateLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,ja;q=0.5', 'ja'],
    ['en;q=0.2,ja;q=0.8', 'ja'],
    ['fr', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['ja;q=0', 'en'],
  ])('picks the best language for %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('message catalogs', () => {
  it('have the same keys in English and Japanese', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
    expect(keys(apiErrorsJa).sort()).toEqual(keys(apiErrorsEn).sort());
    expect(keys(errorPageJa).sort()).toEqual(keys(errorPageEn).sort());
    expect(keys(mfaJa).sort()).toEqual(keys(mfaEn).sort());
    expect(keys(privacyJa).sort()).toEqual(keys(privacyEn).sort());
  });
});
