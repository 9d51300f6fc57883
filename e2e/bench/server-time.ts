import http from 'node:http';
import { performance } from 'node:perf_hooks';

import { DEMO_USERNAME } from '../../dev-identity/defaults';

type Task = () => Promise<void>;

/**
 * Times each task `runs` times, after `warmUps` untimed rounds; in ms, per task. The tasks take
 * turns (one of each per round), so that a busy moment of the machine weighs on all alike.
 */
export async function timeInTurns<K extends string>(
  tasks: Record<K, Task>,
  runs: number,
  warmUps = 5,
): Promise<Record<K, number[]>> {
  const entries = Object.entries(tasks) as [K, Task][];
  const samples = Object.fromEntries(entries.map(([name]) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let round = 0; round < warmUps + runs; round += 1) {
    for (const [name, task] of entries) {
      const started = performance.now();
      await task();
      if (round >= warmUps) samples[name].push(performance.now() - started);
    }
  }
  return samples;
}

const agent = new http.Agent({ keepAlive: true });

/**
 * GETs `url` with `headers` over a kept-alive connection, receives the whole body (compressed, as
 * a browser would ask for it, and not decoded: the client's own work stays out of the figure),
 * and insists on a 200.
 */
function read(url: string, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip', ...headers } }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 200) resolve();
          else reject(new Error(`GET ${url} answered ${response.statusCode}`));
        });
      })
      .on('error', reject);
  });
}

/** A full render of a page (to the end of the body), with the session cookie if any. */
export function render(url: string, cookie?: string): Task {
  return () => read(url, cookie ? { cookie } : {});
}

/**
 * The Account API read one `/account` render makes: the account. Logto's public settings (the
 * account center's field modes, the sign-in experience) are kept between renders for
 * `LOGTO_SETTINGS_CACHE_SECONDS` (30 s by default), so a warm render does not read them.
 */
export async function accountRead(standIn: string): Promise<Task> {
  const minted = await fetch(`${standIn}/__test/access-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_USERNAME }),
  });
  if (!minted.ok) throw new Error(`POST /__test/access-token answered ${minted.status}`);
  const { accessToken } = (await minted.json()) as { accessToken: string };
  const headers = { accept: 'application/json', authorization: `Bearer ${accessToken}` };
  return () => read(`${standIn}/api/my-account`, headers);
}

/**
 * Lets the access token expire, then sends `count` requests at once with the same session cookie:
 * each must refresh and answer 200, none may sign the user out. Returns the statuses seen.
 */
export async function parallelAfterExpiry(
  url: string,
  cookie: string,
  count: number,
): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  const answers = await Promise.all(
    Array.from({ length: count }, () =>
      fetch(url, { headers: { cookie }, redirect: 'manual' }).then(async (response) => {
        await response.text();
        return String(response.status);
      }),
    ),
  );
  for (const status of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return statuses;
}
