import { z } from '@/lib/schemas/zod';

/** The 6 digits an authenticator app shows; spaces (as some apps group them) are dropped. */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'mfa.validation.totpCode' })),
});

const name = z
  .string()
  .trim()
  .max(64, { error: 'mfa.validation.nameTooLong' })
  .regex(/^[^\p{Cc}]*$/u, { error: 'mfa.validation.nameInvalid' });

/** A passkey's name when it is created: may be left empty (the device then names it). */
export const newPasskeyNameSchema = z.object({ name });

/** A passkey's new name. */
export const passkeyNameSchema = z.object({
  name: name.pipe(z.string().min(1, { error: 'mfa.validation.nameRequired' })),
});
