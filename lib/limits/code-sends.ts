import 'server-only';

import { createHash } from 'node:crypto';

import { RateLimiterRes } from 'rate-limiter-flexible';

import { AccountApiError } from '@/lib/errors';
import type { CounterStore } from '@/lib/limits/store';

/** How many different new email addresses or phone numbers one user may send codes to per hour. */
export const maxNewAddressesPerHour = 5;

const hourSeconds = 60 * 60;

export type CodeDestination = { type: 'email' | 'phone'; value: string };

/** `newAddress`: proving an address being added; `stepUp`: the user's own current address. */
export type CodePurpose = 'newAddress' | 'stepUp';

/** One key per user and address; hashed, so Redis never holds the address itself. */
function destinationKey(userId: string, { type, value }: CodeDestination): string {
  const normalised = type === 'email' ? value.trim().toLowerCase() : value.replace(/\D/g, '');
  return createHash('sha256').update(`${userId}\n${type}:${normalised}`).digest('base64url');
}

const secondsLeft = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

const refusal = (rejection: unknown, code: string, message: string): unknown =>
  rejection instanceof RateLimiterRes
    ? new AccountApiError(429, code, message, undefined, secondsLeft(rejection))
    : rejection;

export type CodeSends = {
  /**
   * Sends one code through `send` unless the same address had one from this user less than the
   * resend wait ago (`portal.code_resend_wait`), or it is one new address too many this hour
   * (`portal.too_many_addresses`); both carry the seconds to wait. A send that fails counts for
   * nothing, so the user can try again at once.
   */
  send<T>(
    who: { userId: string; destination: CodeDestination; purpose: CodePurpose },
    send: () => Promise<T>,
  ): Promise<T>;
};

/** The server side of "Resend code": one code per address per wait, a few new addresses an hour. */
export function codeSends(
  counters: CounterStore,
  {
    resendSeconds,
    maxNewAddresses = maxNewAddressesPerHour,
  }: {
    resendSeconds: number;
    maxNewAddresses?: number;
  },
): CodeSends {
  const recent =
    resendSeconds > 0
      ? counters({ keyPrefix: 'portal:code:recent', points: 1, durationSeconds: resendSeconds })
      : undefined;
  // Which new addresses a user sent codes to this hour, and how many different ones.
  const seen = counters({
    keyPrefix: 'portal:code:seen',
    points: Number.MAX_SAFE_INTEGER,
    durationSeconds: hourSeconds,
  });
  const distinct = counters({
    keyPrefix: 'portal:code:addresses',
    points: maxNewAddresses,
    durationSeconds: hourSeconds,
  });

  return {
    async send({ userId, destination, purpose }, send) {
      const key = destinationKey(userId, destination);
      // Taken before Logto is asked: of parallel requests for one address, one goes through.
      await recent?.consume(key).catch((rejection: unknown) => {
        throw refusal(rejection, 'portal.code_resend_wait', 'A code was sent moments ago.');
      });
      let countedNew = false;
      if (purpose === 'newAddress' && (await seen.penalty(key)).consumedPoints === 1) {
        await distinct.consume(userId).catch(async (rejection: unknown) => {
          await Promise.all([seen.delete(key), recent?.delete(key)]);
          throw refusal(rejection, 'portal.too_many_addresses', 'Too many new addresses.');
        });
        countedNew = true;
      }
      return send().catch(async (error: unknown) => {
        await Promise.all([
          recent?.delete(key),
          ...(countedNew ? [seen.delete(key), distinct.reward(userId)] : []),
        ]);
        throw error;
      });
    },
  };
}
