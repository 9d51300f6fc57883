import { describe, expect, it } from 'vitest';

import { matchLocale, negotiateLocale } from '@/lib/i18n/negotiate';

describe('negotiateLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-US,en;q=0.9', 'en'],
    ['sv-SE,ja;q=0.5', 'ja'],
    ['en;q=0.2,ja;q=0.8', 'ja'],
    ['de-AT,de;q=0.9', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT,pt;q=0.9', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['fa', 'fa-IR'],
    ['ar-EG', 'ar'],
    ['pl', 'pl-PL'],
    ['uk', 'uk-UA'],
    ['tr', 'tr-TR'],
    ['sv', 'en'],
    ['*', 'en'],
    ['not a tag!!,ko', 'ko'],
    ['', 'en'],
    [null, 'en'],
    ['ja;q=0', 'en'],
  ])('picks the best language for %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('matches a saved profile language the same way', () => {
    expect(matchLocale(['es-MX'])).toBe('es');
    expect(matchLocale(['xx'])).toBeUndefined();
  });
});
