/** Test helpers: a throwaway `redis-server` on loopback, when one is installed. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

import { createClient } from 'redis';

import type { RedisClient } from '@/lib/auth/session-store';

export const redisInstalled = spawnSync('redis-server', ['--version']).status === 0;

export const redisSkipReason = 'redis-server is not installed (apt-get install redis-server)';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

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
