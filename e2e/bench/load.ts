import { readdir, readFile } from 'node:fs/promises';

import autocannon from 'autocannon';

/** One step of the load test: `connections` clients asking for the page as fast as answered. */
export type LoadStep = {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 200. */
  errors: number;
  memoryBeforeMb: number;
  memoryAfterMb: number;
};

/** Resident memory of a process in MB, from `/proc` (Linux), or NaN where that isn't readable. */
export async function residentMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Runs one bounded step against `url` on loopback with the session cookie. */
export async function loadStep(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
  serverPid: () => Promise<number | undefined>,
): Promise<LoadStep> {
  const pid = await serverPid();
  const memoryBeforeMb = pid ? await residentMb(pid) : Number.NaN;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie },
    timeout: 10,
  });
  const memoryAfterMb = pid ? await residentMb(pid) : Number.NaN;
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    memoryBeforeMb,
    memoryAfterMb,
  };
}

/**
 * The process of a server's group that holds the most memory: `next start` serves from a child
 * process, so the group leader alone would say little. Undefined where `/proc` isn't readable.
 */
export async function largestInGroup(groupId: number): Promise<number | undefined> {
  let largest: { pid: number; mb: number } | undefined;
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // After "pid (comm) ": state, ppid, pgrp, …
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    if (group !== groupId) continue;
    const mb = await residentMb(Number(name));
    if (!largest || mb > largest.mb) largest = { pid: Number(name), mb };
  }
  return largest?.pid;
}
