import { z } from '@/lib/schemas/zod';

/** C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F). */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether a value is free of C0 and C1 control characters. */
export const hasNoControlCharacters = (value: string) => !controlCharacter.test(value);

/**
 * A string check that refuses C0 and C1 control characters (a NUL byte in an address reached
 * Logto, which answered 500), with a field error. Put it right after `.trim()` so a pasted
 * trailing line break is forgiven; it stops the later checks, so it is the only error shown:
 * `z.string().trim().check(noControlCharacters).max(…)`.
 */
export const noControlCharacters = z.refine<string>(hasNoControlCharacters, {
  error: 'validation.controlCharacters',
  abort: true,
});
