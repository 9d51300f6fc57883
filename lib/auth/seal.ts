import { EncryptJWT, jwtDecrypt } from 'jose';
import type { z } from 'zod';

const encoder = new TextEncoder();

async function keyFrom(secret: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret)));
}

export type SealOptions = {
  secret: string;
  /** What the value is for (the cookie's name); a value sealed for one purpose opens for no other. */
  purpose: string;
  /** The signed-in user it belongs to; it never opens for another user. */
  userId: string;
  expiresAt: Date;
};

/** Encrypts and authenticates `payload` (JWE, dir + A256GCM) bound to a user, purpose and expiry. */
export async function seal(
  payload: Record<string, unknown>,
  options: SealOptions,
): Promise<string> {
  return new EncryptJWT({ data: payload })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setSubject(options.userId)
    .setAudience(options.purpose)
    .setIssuedAt()
    .setExpirationTime(Math.floor(options.expiresAt.getTime() / 1000))
    .encrypt(await keyFrom(options.secret));
}

/** Opens a sealed value; anything tampered, expired, foreign or malformed reads as absent. */
export async function unseal<T>(
  sealed: string | undefined,
  schema: z.ZodType<T>,
  options: Omit<SealOptions, 'expiresAt'>,
): Promise<T | undefined> {
  if (!sealed) return undefined;
  try {
    const { payload } = await jwtDecrypt(sealed, await keyFrom(options.secret), {
      audience: options.purpose,
      subject: options.userId,
    });
    const parsed = schema.safeParse(payload.data);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
