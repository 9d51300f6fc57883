import { describe, expect, it } from 'vitest';

import { isCalendarDate, isFutureDate } from '@/lib/schemas/dates';
import { hasControlCharacters, noControlCharacters } from '@/lib/schemas/text';
import { z } from '@/lib/schemas/zod';

describe('hasControlCharacters', () => {
  it.each([
    ['a NUL byte', 'Ada\u0000'],
    ['a bell', '\u0007Ada'],
    ['an escape', 'A\u001b[31mda'],
    ['a DEL', 'Ada\u007f'],
    ['a C1 control', 'Ada\u0085'],
    ['a C1 CSI', '\u009bAda'],
    ['a tab in one line', 'Ada\tKing'],
    ['a line break in one line', 'Ada\nKing'],
  ])('finds %s', (_name, value) => {
    expect(hasControlCharacters(value)).toBe(true);
  });

  it('accepts ordinary text in any script, spaces and emoji', () => {
    for (const value of ['Ada Lovelace', 'エイダ・ラブレス', 'Zoë O’Brien', 'Ada 🚀', '']) {
      expect(hasControlCharacters(value)).toBe(false);
    }
  });

  it('lets multi-line text keep tabs and line breaks, but nothing else', () => {
    expect(hasControlCharacters('Line one\r\n\tLine two', { multiline: true })).toBe(false);
    expect(hasControlCharacters('Line one\u0000', { multiline: true })).toBe(true);
    expect(hasControlCharacters('Line one\u000b', { multiline: true })).toBe(true);
  });

  it('works as a zod refinement with one message', () => {
    const schema = z.string().refine(...noControlCharacters());
    expect(schema.safeParse('Ada').success).toBe(true);
    const result = schema.safeParse('A\u0000da');
    expect(result.error?.issues[0]?.message).toBe('validation.controlCharacters');
  });
});

describe('calendar dates', () => {
  it.each(['2025-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '1815-12-32'])(
    'refuses the impossible date %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each(['1815-12-10', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['10/12/1815', '1815-12-10T00:00:00Z', '1815-1-1', 'December 10, 1815', ''])(
    'refuses %s, which is not YYYY-MM-DD',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('calls a date future only once it is past today everywhere on Earth', () => {
    const now = new Date('2026-03-10T20:00:00Z');
    // 20:00 UTC is already 11 March in UTC+14.
    expect(isFutureDate('2026-03-11', now)).toBe(false);
    expect(isFutureDate('2026-03-12', now)).toBe(true);
    expect(isFutureDate('1815-12-10', now)).toBe(false);
  });
});
