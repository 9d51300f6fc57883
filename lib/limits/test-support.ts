/** Test helpers: a throwaway `redis-server` on loopback, when one is installed. */
import { spawn, type ChildProcess } from 'node:child_process';

import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';

import type { RedisClient } from '@/lib/auth/session-store';
import { memoryCounters, redisCounters, type CounterStore } from '@/lib/limits/store';

import { freePort, redisInstalled } from '../../e2e/harness/ports';

export { redisInstalled };

export const redisSkipReason = 'redis-server is not installed (apt-get install redis-server)';

export type TestRedis = {
  /** A new connection, as a second portal instance would have. */
  connect(): Promise<RedisClient>;
  flush(): Promise<void>;
  stop(): Promise<void>;
};

/** Starts `redis-server` without persistence on a free loopback port. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const clients: RedisClient[] = [];
  const connect = async () => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = createClient({ url: `redis://127.0.0.1:${port}`, disableOfflineQueue: true });
      client.on('error', () => undefined);
      try {
        await client.connect();
        clients.push(client);
        return client;
      } catch (error) {
        client.destroy();
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const admin = await connect();
  return {
    connect,
    flush: async () => {
      await admin.flushAll();
    },
    stop: async () => {
      for (const client of clients) client.destroy();
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}

/**
 * Runs `behaviour` against both stores: one shared memory (one instance; "two instances" share
 * it) and two connections to a throwaway Redis (skipped, saying so, without `redis-server`).
 */
export function withEachStore(
  behaviour: (name: string, stores: () => [CounterStore, CounterStore]) => void,
): void {
  behaviour('in memory', () => {
    const limiters = new Map<string, ReturnType<CounterStore>>();
    const shared: CounterStore = (options) => {
      const key = JSON.stringify(options);
      if (!limiters.has(key)) limiters.set(key, memoryCounters(options));
      return limiters.get(key) as ReturnType<CounterStore>;
    };
    return [shared, shared];
  });

  describe.skipIf(!redisInstalled)(
    `with Redis${redisInstalled ? '' : ` (skipped: ${redisSkipReason})`}`,
    () => {
      let redis: TestRedis;
      let stores: [CounterStore, CounterStore];
      beforeAll(async () => {
        redis = await startRedis();
        stores = [redisCounters(await redis.connect()), redisCounters(await redis.connect())];
      });
      beforeEach(async () => {
        await redis.flush();
      });
      afterAll(async () => {
        await redis?.stop();
      });
      behaviour('Redis', () => stores);
    },
  );
}
