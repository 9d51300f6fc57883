import { performance } from 'node:perf_hooks';

import { DEMO_USERNAME } from '../../dev-identity/defaults';

/** Times `task` `runs` times, one after another, after `warmUps` untimed calls; in ms. */
export async function time(task: () => Promise<void>, runs: number, warmUps = 5) {
  for (let i = 0; i < warmUps; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Fetches `url` with `headers`, reads the whole body, and insists on `status`. */
async function read(url: string, headers: Record<string, string>, status = 200): Promise<void> {
  const response = await fetch(url, { headers, redirect: 'manual', cache: 'no-store' });
  await response.text();
  if (response.status !== status) throw new Error(`GET ${url} answered ${response.status}`);
}

/** Times full renders of a page (to the end of the body), with the session cookie if any. */
export function timeRenders(url: string, runs: number, cookie?: string): Promise<number[]> {
  return time(() => read(url, cookie ? { cookie } : {}), runs);
}

/**
 * Times the Account API read one `/account` render makes: the account. Logto's public settings
 * (the account center's field modes, the sign-in experience) are kept between renders for
 * `LOGTO_SETTINGS_CACHE_SECONDS` (30 s by default), so a warm render does not read them.
 */
export async function timeAccountReads(standIn: string, runs: number): Promise<number[]> {
  const minted = await fetch(`${standIn}/__test/access-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_USERNAME }),
  });
  if (!minted.ok) throw new Error(`POST /__test/access-token answered ${minted.status}`);
  const { accessToken } = (await minted.json()) as { accessToken: string };
  const headers = { accept: 'application/json', authorization: `Bearer ${accessToken}` };
  return time(() => read(`${standIn}/api/my-account`, headers), runs);
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
