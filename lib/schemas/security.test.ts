import { describe, expect, it } from 'vitest';

import { emailSchema, phoneSchema, usernameSchema } from '@/lib/schemas/security';
import { hasControlCharacters } from '@/lib/schemas/text';

const controls = ['\u0000', '\u0007', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u009f'];

const errorsOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('control characters in security fields', () => {
  it.each(controls.map((char) => [JSON.stringify(char), char]))(
    'an email address with %s is refused with one field error, before any request',
    (_label, char) => {
      const result = emailSchema.safeParse({ email: `ada${char}@example.com` });
      expect(errorsOf(result)).toEqual(['validation.controlCharacters']);
    },
  );

  it.each(controls.map((char) => [JSON.stringify(char), char]))(
    'a username with %s is refused with one field error',
    (_label, char) => {
      expect(errorsOf(usernameSchema.safeParse({ username: `ada${char}_l` }))).toEqual([
        'validation.controlCharacters',
      ]);
    },
  );

  it('a phone number with a NUL byte is refused', () => {
    expect(errorsOf(phoneSchema.safeParse({ country: 'JP', phone: '090\u00001234' }))).toEqual([
      'validation.controlCharacters',
    ]);
  });

  it('a trailing line break from pasting is trimmed, not refused', () => {
    expect(emailSchema.parse({ email: 'ada@example.com\n' })).toEqual({ email: 'ada@example.com' });
    expect(usernameSchema.parse({ username: '\tada_l\r\n' })).toEqual({ username: 'ada_l' });
  });

  it('letters beyond ASCII are not control characters', () => {
    expect(hasControlCharacters('Ada Lovelace 你好 ü \u00a0 \u2028')).toBe(false);
    expect(emailSchema.safeParse({ email: 'ädä@example.com' }).success).toBe(true);
  });
});
