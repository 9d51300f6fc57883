/**
 * `npm run bench`: builds the portal and a minimal App Router app (the floor), serves both with
 * the stand-in, and measures: cold-cache browser loads of each page beside the floor, the portal's
 * own server time per render, a bounded load test, and token refresh under concurrency.
 * Numbers only: nothing here passes or fails. Progress goes to stderr, the report to stdout,
 * and the figures to bench-results/bench.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

import { chromium, type Browser } from '@playwright/test';

import { chromiumLaunchOptions } from './browser';
import { timeLoads, type TimingTarget } from './bench/browser-timing';
import { buildFloor, floorText, floorWithHeadersPath, startFloor } from './bench/floor';
import { largestInGroup, loadStep } from './bench/load';
import { medianLoad, reportLines, stats, type BenchResult } from './bench/report';
import { accountRead, parallelAfterExpiry, render, timeInTurns } from './bench/server-time';
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
const floorPort = 3302;
/** Its own build folder, so that a test run's build stays untouched. */
const distDir = '.next-bench';
const browserRuns = Number(process.env.BENCH_RUNS ?? 12);
const serverRuns = 200;
const loadSeconds = 15;
const loadSteps = [1, 10, 50];
const marker = 'ada@example.com';

/** Writes a progress line to stderr, keeping stdout for the report. */
function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string })
    .version;

/** The session cookie header of a signed-in browser state. */
const cookieHeader = (state: StorageState) =>
  state.cookies
    .filter(({ domain }) => domain === 'localhost')
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');

async function setAccessTokenTtl(seconds: number): Promise<void> {
  const response = await fetch(`${site.standIn}/__test/oidc`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accessTokenTtl: seconds }),
  });
  if (!response.ok) throw new Error(`PUT /__test/oidc answered ${response.status}`);
}

/** Signs in with 2-second access tokens, lets one expire, then asks for `/account` 50 times at once. */
async function refreshUnderConcurrency(browser: Browser) {
  await setAccessTokenTtl(2);
  try {
    const cookie = cookieHeader(await signInAsDemo(browser, site));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const requests = 50;
    return {
      requests,
      statuses: await parallelAfterExpiry(`${site.portal}/account`, cookie, requests),
    };
  } finally {
    await setAccessTokenTtl(3600);
  }
}

async function main(): Promise<void> {
  await checkPortsFree(site);
  progress('building the portal (next build)…');
  const buildSeconds = buildPortal(distDir);
  progress(`built in ${buildSeconds.toFixed(1)} s; building the floor app…`);
  buildFloor();
  let browser: Browser | undefined;
  try {
    progress('starting the stand-in, the portal and the floor app…');
    const { portal } = await startSite(site, {
      cookieSecret: 'bench-cookie-secret-0123456789abcdef0123',
      distDir,
    });
    const floor = await startFloor(floorPort);
    browser = await chromium.launch(chromiumLaunchOptions);
    progress('signing in as the demo user…');
    const signedIn = await signInAsDemo(browser, site);
    const cookie = cookieHeader(signedIn);

    const page = (name: string, path: string): TimingTarget => ({
      name,
      url: `${site.portal}${path}`,
      marker,
      within: 'main',
      storageState: signedIn,
    });
    const targets: TimingTarget[] = [
      { name: 'floor /', url: floor, marker: floorText, within: 'body' },
      {
        name: `floor ${floorWithHeadersPath}`,
        url: `${floor}${floorWithHeadersPath}`,
        marker: floorText,
        within: 'body',
      },
      page('/account', '/account'),
      page('/account/security', '/account/security'),
      { ...page('/account/security/password', '/account/security/password'), marker: 'password' },
    ];
    progress(`loading ${targets.length} pages ${browserRuns} times each, cold cache…`);
    const loads = await timeLoads(browser, targets, browserRuns);

    progress(`timing ${serverRuns} renders of /account, its Account API read and the floor…`);
    const server = await timeInTurns(
      {
        portal: render(`${site.portal}/account`, cookie),
        api: await accountRead(site.standIn),
        floor: render(floor),
      },
      serverRuns,
    );

    const steps = [];
    for (const connections of loadSteps) {
      progress(`load: ${connections} connection(s) for ${loadSeconds} s…`);
      const pid = portal.child.pid;
      steps.push(
        await loadStep(`${site.portal}/account`, cookie, connections, loadSeconds, async () =>
          pid ? largestInGroup(pid) : undefined,
        ),
      );
    }
    progress('token refresh under concurrency…');
    const refreshAfterExpiry = await refreshUnderConcurrency(browser);

    const result: BenchResult = {
      at: new Date().toISOString(),
      commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
      machine: {
        cores: os.cpus().length,
        node: process.version,
        next: versionOf('next'),
        react: versionOf('react'),
      },
      buildSeconds,
      browserRuns,
      pages: targets.map(({ name }) => ({ name, median: medianLoad(loads.get(name) ?? []) })),
      server: {
        runs: serverRuns,
        portal: stats(server.portal),
        accountApi: stats(server.api),
        floor: stats(server.floor),
        overheadMedian: stats(server.portal).median - stats(server.api).median,
      },
      load: { url: '/account', seconds: loadSeconds, steps },
      refreshAfterExpiry,
    };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/bench.json', `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${reportLines(result).join('\n')}\n`);
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
