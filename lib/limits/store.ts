import 'server-only';

import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

import type { RedisClient } from '@/lib/auth/session-store';

export type CounterOptions = {
  /** Namespaces the keys, e.g. `portal:step-up:user`. */
  keyPrefix: string;
  /** How many points a key may consume per window. */
  points: number;
  /** The window, from the first point consumed. */
  durationSeconds: number;
};

/** Makes the counters limits are built from: in this process, or in Redis for every instance. */
export type CounterStore = (options: CounterOptions) => RateLimiterAbstract;

/** Counters in this process's memory: each instance counts on its own. */
export const memoryCounters: CounterStore = ({ keyPrefix, points, durationSeconds }) =>
  new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });

/**
 * Counters in Redis (one atomic script per step), shared by every instance. While Redis is
 * unreachable, each instance falls back to counting in its own memory rather than failing.
 */
export function redisCounters(client: RedisClient): CounterStore {
  return (options) =>
    new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
      insuranceLimiter: memoryCounters(options),
    });
}
