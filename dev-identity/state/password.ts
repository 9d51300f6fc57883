import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Low scrypt cost: this is a local stand-in, and tests reseed users often. */
const COST = 1 << 12;
const KEY_LENGTH = 32;

/** Hash a password as `scrypt$<cost>$<salt>$<hash>` (base64url parts). */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, { N: COST });
  return ['scrypt', String(COST), salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Constant-time check of a password against a stored hash. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !salt || !hash) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(cost),
  });
  return timingSafeEqual(actual, expected);
}
