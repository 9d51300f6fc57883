import 'server-only';

import { headers } from 'next/headers';

import { sharedRedisClient } from '@/lib/auth/session-store';
import { getConfig } from '@/lib/config';
import { isAccountApiError } from '@/lib/errors';
import { clientAddress } from '@/lib/limits/client-address';
import {
  codeSends,
  type CodeDestination,
  type CodePurpose,
  type CodeSends,
} from '@/lib/limits/code-sends';
import { passwordAttempts, type PasswordAttempts } from '@/lib/limits/password-attempts';
import { memoryCounters, redisCounters, type CounterStore } from '@/lib/limits/store';

type Limits = { passwords: PasswordAttempts; codes: CodeSends };

/** On globalThis so every route bundle of this instance counts in the same place. */
const shared = globalThis as typeof globalThis & {
  portalLimits?: { redisUrl: string; limits: Limits };
  portalLocalLimits?: Limits;
};

function build(counters: CounterStore): Limits {
  return {
    passwords: passwordAttempts(counters),
    codes: codeSends(counters, { resendSeconds: getConfig().codeResendSeconds }),
  };
}

const local = () => (shared.portalLocalLimits ??= build(memoryCounters));

/**
 * The limits, counted in Redis when `REDIS_URL` is set (every instance shares the counts),
 * otherwise in this instance's memory. While Redis cannot be reached, each instance counts alone.
 */
async function limits(): Promise<Limits> {
  const { redisUrl } = getConfig();
  if (!redisUrl) return local();
  if (shared.portalLimits?.redisUrl === redisUrl) return shared.portalLimits.limits;
  try {
    const counters = redisCounters(await sharedRedisClient(redisUrl));
    shared.portalLimits = { redisUrl, limits: build(counters) };
    return shared.portalLimits.limits;
  } catch {
    console.error('[limits] Redis is unreachable: this instance counts on its own for now');
    return local();
  }
}

const isWrongPassword = (error: unknown) =>
  isAccountApiError(error) && error.code === 'session.invalid_credentials';

/**
 * Runs a step-up password check unless the user (`sub`) or the client address has sent too many
 * wrong passwords lately; then it throws `portal.step_up_paused` (429) with `retryAfter`, and
 * Logto is not asked.
 */
export async function limitPasswordCheck<T>(userId: string, check: () => Promise<T>): Promise<T> {
  const address = clientAddress(await headers());
  return (await limits()).passwords.attempt({ userId, address }, check, isWrongPassword);
}

/** A successful step-up, by any method: the user's wrong-password count starts again. */
export async function clearPasswordFailures(userId: string): Promise<void> {
  await (await limits()).passwords.reset(userId);
}

/**
 * Asks Logto to send a code unless the resend wait for this user and address is not over, or
 * the user has sent codes to too many new addresses this hour; then it throws
 * `portal.code_resend_wait` or `portal.too_many_addresses` (429) with `retryAfter`.
 */
export async function limitCodeSend<T>(
  userId: string,
  destination: CodeDestination,
  purpose: CodePurpose,
  send: () => Promise<T>,
): Promise<T> {
  return (await limits()).codes.send({ userId, destination, purpose }, send);
}
