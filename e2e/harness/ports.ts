import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether `redis-server` is on this machine (the Redis specs skip, saying so, without it). */
export const redisInstalled = spawnSync('redis-server', ['--version']).status === 0;

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
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
