import { LogtoError } from '../errors';

import type { SentinelPolicy } from './limits';

type Activity = { at: number; failed: boolean; blockedUntil: number | undefined };

const FAILURE_WINDOW_MS = 60 * 60 * 1000;

/**
 * Logto's lockout guard (§7.2). One pool of activities per key (a user ID for passwords, the email
 * or phone for codes). The verification runs first; then the outcome is reported:
 *
 * * while a lockout is running, every attempt (a correct one too) is refused;
 * * otherwise a failure that brings the failures of the last hour (earlier lockout-triggering
 *   ones excluded) to `maxAttempts` starts a lockout and is itself answered with it.
 */
export class Sentinel {
  readonly #activities = new Map<string, Activity[]>();

  constructor(private readonly policy: () => SentinelPolicy) {}

  clear(): void {
    this.#activities.clear();
  }

  /** Run `verify` under the guard: its own error when allowed, the lockout error when blocked. */
  guard<T>(key: string, verify: () => T, now = Date.now()): T {
    let result: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      result = verify();
    } catch (caught: unknown) {
      failed = true;
      error = caught;
    }
    const blockedUntil = this.#report(key, failed, now);
    if (blockedUntil !== undefined) {
      throw new LogtoError('session.verification_blocked_too_many_attempts', {
        interpolation: { relativeTime: relativeMinutes(blockedUntil - now) },
      });
    }
    if (failed) {
      throw error;
    }
    return result as T;
  }

  /** Record one attempt; returns the end of the lockout when the attempt is refused. */
  #report(key: string, failed: boolean, now: number): number | undefined {
    const activities = (this.#activities.get(key) ?? []).filter(
      (entry) => now - entry.at < FAILURE_WINDOW_MS || (entry.blockedUntil ?? 0) > now,
    );
    this.#activities.set(key, activities);
    const running = activities.find(
      (entry) => entry.blockedUntil !== undefined && entry.blockedUntil > now,
    );
    if (running?.blockedUntil !== undefined) {
      activities.push({ at: now, failed, blockedUntil: running.blockedUntil });
      return running.blockedUntil;
    }
    const { maxAttempts, lockoutDuration } = this.policy();
    const failures = activities.filter(
      (entry) =>
        entry.failed && entry.blockedUntil === undefined && now - entry.at < FAILURE_WINDOW_MS,
    ).length;
    if (failures + (failed ? 1 : 0) >= maxAttempts) {
      const blockedUntil = now + lockoutDuration * 1000;
      activities.push({ at: now, failed, blockedUntil });
      return blockedUntil;
    }
    activities.push({ at: now, failed, blockedUntil: undefined });
    return undefined;
  }
}

/** Logto formats the remaining time in whole minutes: "in 60 minutes". */
const relativeMinutes = (ms: number): string =>
  new Intl.RelativeTimeFormat('en').format(Math.round(ms / 1000 / 60), 'minute');
