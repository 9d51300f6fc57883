import 'server-only';

import type { SessionWrapper } from '@logto/next';
import { createKVSessionWrapper, type KVAdapter } from '@logto/node';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** Kept on globalThis so route bundles (and `next dev` reloads) share one connection. */
const shared = globalThis as typeof globalThis & {
  portalRedis?: { url: string; client: Promise<RedisClient>; wrapper: SessionWrapper };
};

function connect(url: string): Promise<RedisClient> {
  const client = createClient({
    url,
    // Fail a request at once while Redis is away instead of queueing it until it comes back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  // Without a listener an `error` event would crash the server; the URL (and its password) stays out.
  client.on('error', (error: unknown) => {
    console.error(
      `[session] Redis: ${error instanceof Error ? error.message : 'connection error'}`,
    );
  });
  return client.connect();
}

/** `connect()` keeps retrying while Redis is down; a request waits for it only so long. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The Redis session store is unreachable.')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function redisAdapter(url: string): KVAdapter {
  const client = () => {
    if (shared.portalRedis?.url !== url) throw new Error('The Redis session store was replaced.');
    return within(shared.portalRedis.client, 5000);
  };
  return {
    get: async (key) => (await client()).get(key),
    set: async (key, value, ttlSeconds) => {
      await (
        await client()
      ).set(key, value, ttlSeconds ? { expiration: { type: 'EX', value: ttlSeconds } } : undefined);
    },
  };
}

/**
 * A `sessionWrapper` that keeps the session (tokens included) in Redis for 14 days, like the
 * cookie would, and puts only a random id in the cookie.
 */
export function redisSessionWrapper(url: string): SessionWrapper {
  return connection(url).wrapper;
}

/** The portal's one Redis connection, shared by sessions and rate limits; waits at most 5 s. */
export function sharedRedisClient(url: string): Promise<RedisClient> {
  return within(connection(url).client, 5000);
}

function connection(url: string): NonNullable<typeof shared.portalRedis> {
  if (shared.portalRedis?.url !== url) {
    const client = connect(url);
    // An unhandled rejection would stop the server; each request awaits `client` and sees it.
    client.catch(() => undefined);
    shared.portalRedis = { url, client, wrapper: createKVSessionWrapper(redisAdapter(url)) };
  }
  return shared.portalRedis;
}
