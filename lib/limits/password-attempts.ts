import 'server-only';

import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

import { AccountApiError } from '@/lib/errors';
import type { CounterStore } from '@/lib/limits/store';

/** How many wrong passwords a key may send in a window, and how long the pauses after that are. */
export type AttemptPolicy = {
  maxFailures: number;
  windowSeconds: number;
  /** The first pause; each further one within a day is twice as long, up to `maxPauseSeconds`. */
  firstPauseSeconds: number;
  maxPauseSeconds: number;
};

/** Per user: a handful of guesses, then 1, 2, 4… minutes (at most an hour) before the next ones. */
export const userAttemptPolicy: AttemptPolicy = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  firstPauseSeconds: 60,
  maxPauseSeconds: 60 * 60,
};

/** Per client address, across users: wide enough for an office behind one address. */
export const addressAttemptPolicy: AttemptPolicy = {
  maxFailures: 30,
  windowSeconds: 60 * 60,
  firstPauseSeconds: 5 * 60,
  maxPauseSeconds: 24 * 60 * 60,
};

const pauseMemorySeconds = 24 * 60 * 60;

type Guard = { failures: RateLimiterAbstract; pauses: RateLimiterAbstract; policy: AttemptPolicy };

function guard(counters: CounterStore, name: string, policy: AttemptPolicy): Guard {
  return {
    policy,
    failures: counters({
      keyPrefix: `portal:step-up:${name}`,
      points: policy.maxFailures,
      durationSeconds: policy.windowSeconds,
    }),
    // How many pauses the key has earned in the last day, so each one lasts longer.
    pauses: counters({
      keyPrefix: `portal:step-up:${name}:pauses`,
      points: Number.MAX_SAFE_INTEGER,
      durationSeconds: pauseMemorySeconds,
    }),
  };
}

const secondsLeft = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** The answer while password step-up is paused: Logto is not asked at all. */
export const stepUpPaused = (retryAfter: number) =>
  new AccountApiError(
    429,
    'portal.step_up_paused',
    'Too many wrong passwords: step-up by password is paused.',
    undefined,
    retryAfter,
  );

export type PasswordAttempts = {
  /**
   * Runs one password check unless the user or their address is paused, in which case it throws
   * `portal.step_up_paused` with the seconds to wait. `isWrongPassword` tells a wrong password
   * (counted) from any other failure (not counted).
   */
  attempt<T>(
    who: { userId: string; address?: string },
    check: () => Promise<T>,
    isWrongPassword: (error: unknown) => boolean,
  ): Promise<T>;
  /** After a successful step-up by any method: the user starts again with a clean count. */
  reset(userId: string): Promise<void>;
};

/** Counts wrong step-up passwords per user and per client address, with growing pauses. */
export function passwordAttempts(
  counters: CounterStore,
  policies = { user: userAttemptPolicy, address: addressAttemptPolicy },
): PasswordAttempts {
  const user = guard(counters, 'user', policies.user);
  const address = guard(counters, 'address', policies.address);

  /** Starts (or lengthens) a pause for a key that just used its last attempt. */
  async function pause({ failures, pauses, policy }: Guard, key: string): Promise<void> {
    const earlier = (await pauses.penalty(key)).consumedPoints - 1;
    const seconds = Math.min(policy.firstPauseSeconds * 2 ** earlier, policy.maxPauseSeconds);
    await failures.block(key, seconds);
  }

  async function reset(userId: string): Promise<void> {
    await Promise.all([user.failures.delete(userId), user.pauses.delete(userId)]);
  }

  return {
    async attempt(who, check, isWrongPassword) {
      const keys: [Guard, string][] = [[user, who.userId]];
      if (who.address) keys.push([address, who.address]);
      // Each attempt is counted before Logto is asked, so parallel guesses cannot slip through.
      const taken: { guard: Guard; key: string; res: RateLimiterRes }[] = [];
      for (const [keyGuard, key] of keys) {
        try {
          taken.push({ guard: keyGuard, key, res: await keyGuard.failures.consume(key) });
        } catch (rejection) {
          await Promise.all(taken.map((entry) => entry.guard.failures.reward(entry.key)));
          if (rejection instanceof RateLimiterRes) throw stepUpPaused(secondsLeft(rejection));
          throw rejection;
        }
      }
      const result = await check().catch(async (error: unknown) => {
        const wrong = isWrongPassword(error);
        await Promise.all(
          taken.map(({ guard: keyGuard, key, res }) => {
            if (!wrong) return keyGuard.failures.reward(key);
            return res.remainingPoints === 0 ? pause(keyGuard, key) : undefined;
          }),
        );
        throw error;
      });
      // Right: the address gets its attempt back, and the user starts afresh.
      await Promise.all([
        ...taken.filter((entry) => entry.guard !== user).map((e) => e.guard.failures.reward(e.key)),
        reset(who.userId),
      ]);
      return result;
    },
    reset,
  };
}
