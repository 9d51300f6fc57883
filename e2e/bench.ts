/**
 * `npm run bench`: builds the portal, starts it (port 3300) and the stand-in (port 3301), and
 * prints first-load JavaScript per route and the server time the portal adds to each `/account`
 * render over the Account API's own time. Numbers only: nothing here passes or fails.
 * Progress goes to stderr, the report to stdout.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser } from '@playwright/test';

import { DEMO_USERNAME } from '../dev-identity/defaults';

import { chromiumLaunchOptions } from './browser';
import { stopAllServers, stopAllServersOnSignals } from './harness/servers';
import {
  buildPortal,
  checkPortsFree,
  signInAsDemo,
  siteOn,
  startSite,
  type StorageState,
} from './harness/site';

/** Apart from `npm run dev` (3000/3001) and the e2e run (3100/3101), which may run meanwhile. */
const site = siteOn({ portal: 3300, standIn: 3301 });
const { portal, standIn } = site;

const runs = 60;
const warmUps = 5;
const routes = ['/', '/account'] as const;

type ScriptLoad = { route: string; scripts: number; rawBytes: number; gzipBytes: number };
type Stats = { median: number; p90: number };

/** Writes a progress line to stderr, keeping stdout for the report. */
function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/** Loads `route` in a fresh context (empty cache) and sums the portal's scripts, raw and gzipped. */
async function firstLoad(
  browser: Browser,
  route: string,
  storageState?: StorageState,
): Promise<ScriptLoad> {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    // A body that cannot be read becomes `undefined` rather than an unhandled rejection.
    const bodies: Promise<Buffer | undefined>[] = [];
    let loading = true;
    page.on('response', (response) => {
      const isScript = response.request().resourceType() === 'script';
      if (loading && isScript && new URL(response.url()).origin === portal) {
        bodies.push(response.body().catch(() => undefined));
      }
    });
    await page.goto(`${portal}${route}`, { waitUntil: 'load' });
    loading = false;
    if (new URL(page.url()).pathname !== route) throw new Error(`${route} landed on ${page.url()}`);
    const scripts = (await Promise.all(bodies)).filter((body) => body !== undefined);
    if (scripts.length !== bodies.length)
      throw new Error(`${route}: could not read every script body`);
    return {
      route,
      scripts: scripts.length,
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0),
    };
  } finally {
    await context.close();
  }
}

/** Times `task` `runs` times, one after another, after `warmUps` untimed calls; in ms. */
async function time(task: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < warmUps; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Median and nearest-rank 90th percentile of the samples. */
function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (index: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, index))] ?? Number.NaN;
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? at(Math.floor(middle)) : (at(middle - 1) + at(middle)) / 2;
  return { median, p90: at(Math.ceil(sorted.length * 0.9) - 1) };
}

/** Times full `/account` renders through the portal with the signed-in session cookie. */
async function timePortal(storageState: StorageState): Promise<number[]> {
  const cookie = storageState.cookies
    .filter(({ domain }) => domain === 'localhost')
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  return time(async () => {
    const response = await fetch(`${portal}/account`, { headers: { cookie }, redirect: 'manual' });
    await response.text();
    if (response.status !== 200)
      throw new Error(`GET /account answered ${response.status}, not 200`);
  });
}

/** Fetches `url` with the portal's request headers and reads the whole body. */
async function readJson(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, {
    headers: { accept: 'application/json', ...headers },
    cache: 'no-store',
  });
  await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
}

/** Times the two Account API reads one `/account` render makes, in parallel as the portal does. */
async function timeApiPair(): Promise<number[]> {
  const minted = await fetch(`${standIn}/__test/access-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_USERNAME }),
  });
  if (!minted.ok) throw new Error(`POST /__test/access-token answered ${minted.status}`);
  const { accessToken } = (await minted.json()) as { accessToken: string };
  return time(async () => {
    await Promise.all([
      readJson(`${standIn}/api/my-account`, { authorization: `Bearer ${accessToken}` }),
      readJson(`${standIn}/api/.well-known/account-center`, {}),
    ]);
  });
}

/** Formats milliseconds with one decimal. */
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Formats bytes as KB (1024) with one decimal. */
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The report, as lines of text. */
function report(
  buildSeconds: number,
  loads: ScriptLoad[],
  portalMs: number[],
  apiMs: number[],
): string[] {
  const nextVersion = (
    JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }
  ).version;
  const page = stats(portalMs);
  const api = stats(apiMs);
  const row = (cells: string[], widths: number[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const loadWidths = [10, 7, 8, 8];
  const timeWidths = [32, 9, 9];
  return [
    `Portal bench: ${os.cpus().length} cores, node ${process.version}, next ${nextVersion}, build ${buildSeconds.toFixed(1)} s`,
    '',
    `First-load JS (portal-origin scripts until the load event; gzip: zlib default level)`,
    row(['route', 'scripts', 'raw KB', 'gzip KB'], loadWidths),
    ...loads.map((load) =>
      row([load.route, String(load.scripts), kb(load.rawBytes), kb(load.gzipBytes)], loadWidths),
    ),
    '',
    `Server render of /account (N=${runs} sequential after ${warmUps} warm-ups, to the full body)`,
    row(['', 'median', 'p90'], timeWidths),
    row(['portal GET /account', ms(page.median), ms(page.p90)], timeWidths),
    row(['Account API pair (parallel)', ms(api.median), ms(api.p90)], timeWidths),
    `portal overhead per /account render: ${ms(page.median - api.median)}`,
  ];
}

/** Builds, starts the servers, measures, prints the report; always stops the servers. */
async function main(): Promise<void> {
  await checkPortsFree(site);
  progress('building (next build)…');
  const buildSeconds = buildPortal();
  progress(`built in ${buildSeconds.toFixed(1)} s`);
  let browser: Browser | undefined;
  try {
    progress(`starting the stand-in on ${standIn} and the portal on ${portal}…`);
    await startSite(site, { cookieSecret: 'bench-cookie-secret-0123456789abcdef0123' });
    browser = await chromium.launch(chromiumLaunchOptions);
    progress('signing in as the demo user…');
    const signedIn = await signInAsDemo(browser, site);
    progress('measuring first-load JS…');
    const loads = [
      await firstLoad(browser, routes[0]),
      await firstLoad(browser, routes[1], signedIn),
    ];
    await browser.close();
    browser = undefined;
    progress(`timing ${runs} renders of /account and ${runs} Account API pairs…`);
    const portalMs = await timePortal(signedIn);
    const apiMs = await timeApiPair();
    process.stdout.write(`${report(buildSeconds, loads, portalMs, apiMs).join('\n')}\n`);
  } finally {
    await browser?.close();
    await stopAllServers();
  }
}

stopAllServersOnSignals(progress);

main().catch(async (error: unknown) => {
  await stopAllServers();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
