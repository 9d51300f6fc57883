import { noControlCharacters } from '@/lib/schemas/text';
import { z } from '@/lib/schemas/zod';

/** Logto's request schema for usernames, and its default 128-character limit. */
export const usernameSchema = z.object({
  username: z
    .string()
    .trim()
    .refine(...noControlCharacters())
    .min(1, { error: 'validation.usernameRequired' })
    .max(128, { error: 'validation.usernameTooLong' })
    .regex(/^[A-Z_a-z]\w*$/, { error: 'validation.usernameFormat' }),
});

export const emailSchema = z.object({
  email: z
    .string()
    .trim()
    .refine(...noControlCharacters())
    .max(256, { error: 'validation.emailFormat' })
    .regex(/^\S+@\S+\.\S+$/, { error: 'validation.emailFormat' }),
});

export const phoneSchema = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, { error: 'validation.phoneCountry' }),
  phone: z
    .string()
    .trim()
    .refine(...noControlCharacters())
    .min(1, { error: 'validation.phoneFormat' })
    .max(40, { error: 'validation.phoneFormat' }),
});

export const codeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'validation.codeFormat' })),
});

const password = z
  .string()
  .min(1, { error: 'validation.passwordRequired' })
  .max(256, { error: 'validation.passwordTooLong' });

/** The current password, to confirm it's the user. */
export const currentPasswordSchema = z.object({ password });

/** A new password typed twice; the second copy must match the first. */
export const passwordSchema = z
  .object({ password, confirm: z.string() })
  .refine((value) => value.password === value.confirm, {
    path: ['confirm'],
    error: 'validation.passwordMismatch',
  });
