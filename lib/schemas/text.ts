/**
 * Control characters in text fields. Logto stores what it is sent, and some of it breaks on the
 * way: a NUL byte in a profile claim made Logto answer 500. Pure, so forms may import it.
 */

/** C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F). */
const anyControl = /[\u0000-\u001f\u007f-\u009f]/;

/** The same, less tab, line feed and carriage return, which belong in multi-line text. */
const controlExceptLineBreaks = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type ControlCharacterOptions = {
  /** Allow tab, line feed and carriage return (for text areas); single-line fields allow none. */
  multiline?: boolean;
};

/** Whether `value` holds a control character that has no place in the field. */
export function hasControlCharacters(
  value: string,
  { multiline = false }: ControlCharacterOptions = {},
): boolean {
  return (multiline ? controlExceptLineBreaks : anyControl).test(value);
}

/** The catalog key of the field error for text with control characters. */
export const controlCharactersMessage = 'validation.controlCharacters';

/**
 * A zod refinement: `z.string().refine(...noControlCharacters())`, so every text field refuses
 * control characters with the same message.
 */
export function noControlCharacters(options: ControlCharacterOptions = {}) {
  return [
    (value: string) => !hasControlCharacters(value, options),
    // Abort: the field's other checks would only add noise about the same stray character.
    { error: controlCharactersMessage, abort: true },
  ] as const;
}
