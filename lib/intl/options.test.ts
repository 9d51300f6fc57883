import { describe, expect, it } from 'vitest';

import { countryCodes, countryName, countryOptions } from '@/lib/intl/countries';
import { isLanguageTag, languageOptions, languageTags } from '@/lib/intl/languages';
import {
  formatUtcOffset,
  isTimeZone,
  timeZoneOptions,
  timeZoneOptionsFor,
  utcOffsetMinutes,
} from '@/lib/intl/time-zones';

const winter = new Date('2026-01-15T12:00:00Z');
const summer = new Date('2026-07-15T12:00:00Z');

describe('time zone options', () => {
  it('offers every zone the runtime knows, and UTC, once each', () => {
    const options = timeZoneOptions('en', winter);
    const values = options.map((option) => option.value);
    expect(values.length).toBeGreaterThan(300);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('UTC');
    expect(values).toContain('Asia/Tokyo');
  });

  it('labels each zone with its current offset and orders by it', () => {
    const options = timeZoneOptions('en', winter);
    expect(options.find((option) => option.value === 'Asia/Tokyo')?.label).toBe(
      '(UTC+09:00) Asia/Tokyo',
    );
    expect(options.find((option) => option.value === 'America/New_York')?.label).toBe(
      '(UTC-05:00) America/New York',
    );
    const offsets = options.map((option) => utcOffsetMinutes(option.value, winter));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/London', winter)).toBe(0);
    expect(utcOffsetMinutes('Europe/London', summer)).toBe(60);
    expect(utcOffsetMinutes('Asia/Kathmandu', summer)).toBe(345);
    expect(formatUtcOffset(-210)).toBe('UTC-03:30');
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
  });

  it('names zones in the interface language', () => {
    const tokyo = timeZoneOptions('ja', winter).find((option) => option.value === 'Asia/Tokyo');
    expect(tokyo?.description).toBe('日本標準時');
  });

  it('keeps a stored value that is not in the list, alias or not a zone at all', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(timeZoneOptionsFor('Mars/Olympus', 'en', winter)[0]).toEqual({
      value: 'Mars/Olympus',
      label: 'Mars/Olympus',
    });
    const [first] = timeZoneOptionsFor('Etc/GMT-3', 'en', winter);
    expect(first).toMatchObject({ value: 'Etc/GMT-3', label: '(UTC+03:00) Etc/GMT-3' });
    const listed = timeZoneOptionsFor('Asia/Tokyo', 'en', winter);
    expect(listed).toHaveLength(timeZoneOptions('en', winter).length);
  });
});

describe('language options', () => {
  it("offers Logto's languages and the major world languages, not thousands", () => {
    expect(languageTags).toEqual(expect.arrayContaining(['ja', 'pt-BR', 'zh-TW', 'hi', 'sw']));
    expect(languageTags.length).toBeLessThan(100);
    expect(new Set(languageTags).size).toBe(languageTags.length);
    expect(languageTags.every(isLanguageTag)).toBe(true);
  });

  it('names each in the interface language, with its own name beside it', () => {
    const japanese = languageOptions('en').find((option) => option.value === 'ja');
    expect(japanese).toEqual({ value: 'ja', label: 'Japanese', description: '日本語' });
    const inJapanese = languageOptions('ja').find((option) => option.value === 'ja');
    expect(inJapanese).toEqual({ value: 'ja', label: '日本語' });
  });

  it('sorts by name', () => {
    const labels = languageOptions('en').map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps a stored tag outside the list, named when it is a tag', () => {
    expect(languageOptions('en', 'ja-JP')[0]).toMatchObject({
      value: 'ja-JP',
      label: 'Japanese (Japan)',
    });
    expect(languageOptions('en', 'not a tag!')[0]).toEqual({
      value: 'not a tag!',
      label: 'not a tag!',
    });
  });
});

describe('country options', () => {
  it('offers the ISO 3166-1 alpha-2 codes by name', () => {
    expect(countryCodes).toHaveLength(250);
    const options = countryOptions('en');
    expect(options.find((option) => option.value === 'JP')?.label).toBe('Japan');
    expect(countryOptions('ja').find((option) => option.value === 'JP')?.label).toBe('日本');
    expect(countryName('DE', 'en')).toBe('Germany');
  });

  it('keeps a country written out instead of a code', () => {
    expect(countryOptions('en', 'Japan')[0]).toEqual({ value: 'Japan', label: 'Japan' });
    expect(countryName('Japan', 'en')).toBe('Japan');
  });
});
