/**
 * `npm run screenshots`: builds the portal into .next-screenshots (unless --no-build), starts it
 * (port 3600) and the stand-in in test mode (port 3601), signs the demo user in, and writes a
 * full-page PNG of every page and dialog below to screenshots/, in English and Japanese, light and
 * dark, 1280 and 390 px wide. `--help` lists the filters. Exits non-zero only when the servers
 * don't start or the sign-in fails: a picture that fails is reported and the run goes on.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { chromium, request, type APIRequestContext, type Browser } from '@playwright/test';

import { chromiumLaunchOptions } from './browser';
import { stopAllServers, stopAllServersOnSignals } from './harness/servers';
import {
  buildPortal,
  checkPortsFree,
  signInAsDemo,
  siteOn,
  startSite,
  type Site,
} from './harness/site';
import { capture, fileName, NotInAppYet, openDialogFor, type Shot } from './screenshots/capture';
import { parseOptions, usage, UsageError, type Options } from './screenshots/options';
import { StandIn } from './stand-in';

/**
 * Every page and dialog to picture. A path that answers 404, or a dialog whose link is not on the
 * page, is skipped with a line saying so: the list may run ahead of the app.
 */
const shots: Shot[] = [
  { name: 'landing', path: '/', signedOut: true },
  // The portal hands /sign-in over to the stand-in's page (in English only), as it would to Logto's.
  { name: 'sign-in', path: '/sign-in', signedOut: true },
  { name: 'account', path: '/account' },
  ...(['picture', 'details', 'address'] as const).flatMap((task) => [
    { name: `account-${task}`, path: `/account/profile/${task}` },
    {
      name: `account-${task}-dialog`,
      path: '/account',
      open: openDialogFor(`/account/profile/${task}`),
    },
  ]),
  { name: 'security', path: '/account/security' },
  { name: 'security-verify', path: '/account/security/verify' },
  { name: 'security-email', path: '/account/security/email' },
  { name: 'security-phone', path: '/account/security/phone' },
  { name: 'security-password', path: '/account/security/password' },
  { name: 'security-username', path: '/account/security/username' },
  ...(['email', 'phone', 'password', 'username'] as const).map((task) => ({
    name: `security-${task}-dialog`,
    path: '/account/security',
    open: openDialogFor(`/account/security/${task}`),
  })),
  { name: 'sessions', path: '/account/sessions' },
  { name: 'apps', path: '/account/apps' },
  {
    name: 'privacy',
    path: '/account/privacy',
    standIn: (standIn) =>
      Promise.all([
        standIn.addLog({
          key: 'Interaction.SignIn.Verification.Social.Submit',
          username: 'demo',
          ageMs: 86_400_000,
          userAgent:
            'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Mobile Safari/604.1',
          payload: { target: 'google', signInContext: { city: 'Osaka', country: 'JP' } },
        }),
        standIn.addLog({
          key: 'Interaction.SignIn.Verification.Password.Submit',
          username: 'demo',
          result: 'Error',
          ageMs: 2 * 86_400_000,
        }),
        standIn.addLog({
          key: 'Interaction.ForgotPassword.Submit',
          username: 'demo',
          ageMs: 3 * 86_400_000,
        }),
      ]),
  },
  { name: 'privacy-delete', path: '/account/privacy/delete' },
  { name: 'goodbye', path: '/goodbye', signedOut: true },
  {
    name: 'security-mfa',
    path: '/account/security',
    standIn: (standIn) => standIn.setMfa({ factors: ['Totp', 'WebAuthn', 'BackupCode'] }),
  },
  { name: 'not-found', path: '/no-such-page', status: 404 },
  {
    name: 'account-unavailable',
    path: '/account',
    // Sent on to the status page, which answers 503 so monitors see the truth.
    status: 503,
    standIn: (standIn) =>
      standIn.injectFault({
        path: '/api/my-account',
        method: 'GET',
        status: 503,
        body: { message: 'down' },
        // Every read until the reset that follows this shot.
        times: 10_000,
      }),
  },
];

const distDir = '.next-screenshots';
const outDir = 'screenshots';
const cookieSecret = 'screenshots-cookie-secret-0123456789abcdef';

type Tally = { written: number; failed: number; skipped: Map<string, string> };

const log = (line: string) => console.log(line);
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs `work` on every item, at most `jobs` at a time. */
async function inParallel<T>(items: T[], jobs: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker));
}

/** Shots that leave the stand-in as it is run together; each one that changes it runs alone. */
function groups(selected: Shot[]): Shot[][] {
  const shared = selected.filter((shot) => !shot.standIn);
  const alone = selected.filter((shot) => shot.standIn).map((shot) => [shot]);
  return shared.length > 0 ? [shared, ...alone] : alone;
}

async function signIn(browser: Browser, site: Site) {
  try {
    return await signInAsDemo(browser, site);
  } catch (error) {
    throw new Error(`signing in as the demo user failed: ${firstLine(error)}`);
  }
}

/** Takes every picture of the selected shots, one line each; failures are counted, not thrown. */
async function captureAll(
  browser: Browser,
  site: Site,
  standIn: StandIn,
  selected: Shot[],
  options: Options,
): Promise<Tally> {
  const tally: Tally = { written: 0, failed: 0, skipped: new Map() };
  let session = await signIn(browser, site);
  for (const group of groups(selected)) {
    const setUp = group[0]?.standIn;
    const setUpError = setUp
      ? await setUp(standIn).then(
          () => undefined,
          (error: unknown) => `setting up the stand-in failed: ${firstLine(error)}`,
        )
      : undefined;
    const jobs = group.flatMap((shot) => options.variants.map((variant) => ({ shot, variant })));
    await inParallel(jobs, options.jobs, async ({ shot, variant }) => {
      if (tally.skipped.has(shot.name)) return;
      const name = fileName(shot, variant);
      const started = performance.now();
      try {
        if (setUpError) throw new Error(setUpError);
        const { width, height } = await capture(browser, site, session, shot, variant, outDir);
        tally.written += 1;
        log(`✔ ${name}  ${width}×${height}  ${seconds(started)}`);
      } catch (error) {
        // A browser that crashed, or caught Ctrl-C, ends the run rather than failing every picture.
        if (!browser.isConnected()) throw new Error('the browser closed');
        if (!(error instanceof NotInAppYet)) {
          tally.failed += 1;
          log(`✘ ${name}  ${firstLine(error)}`);
        } else if (!tally.skipped.has(shot.name)) {
          tally.skipped.set(shot.name, error.message);
          log(`– ${shot.name}: skipped, ${error.message} (not in the app yet)`);
        }
      }
    });
    if (setUp) {
      await standIn.reset();
      session = await signIn(browser, site);
    }
  }
  return tally;
}

/** Builds, starts the servers, takes the pictures; always stops the servers. Returns the exit code. */
async function main(): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(
      process.argv.slice(2),
      shots.map((shot) => shot.name),
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`screenshots: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (options === 'help') {
    log(usage);
    return 0;
  }
  const { only } = options;
  const selected = only ? shots.filter((shot) => only.includes(shot.name)) : shots;
  const site = siteOn(options.ports);
  const started = performance.now();

  await checkPortsFree(site);
  if (options.build) {
    log(`screenshots: building the portal into ${distDir}…`);
    log(`screenshots: built in ${buildPortal(distDir).toFixed(1)} s`);
  } else if (!existsSync(`${distDir}/BUILD_ID`)) {
    throw new Error(`no build in ${distDir}: run once without --no-build`);
  }
  let browser: Browser | undefined;
  let api: APIRequestContext | undefined;
  try {
    log(`screenshots: starting the stand-in on ${site.standIn} and the portal on ${site.portal}…`);
    // Some shots change the tenant's settings first: read them afresh on every page.
    await startSite(site, { cookieSecret, distDir, settingsCacheSeconds: 0 });
    browser = await chromium.launch(chromiumLaunchOptions);
    api = await request.newContext();
    log(
      `screenshots: ${selected.length} pages × ${options.variants.length} variants ` +
        `(language, scheme, width), ${options.jobs} at a time`,
    );
    const tally = await captureAll(
      browser,
      site,
      new StandIn(api, site.standIn),
      selected,
      options,
    );
    log(
      `screenshots: ${tally.written} written, ${tally.failed} failed, ` +
        `${tally.skipped.size} ${tally.skipped.size === 1 ? 'page' : 'pages'} skipped ` +
        `(not in the app yet), in ${seconds(started)} → ${outDir}/`,
    );
    return 0;
  } finally {
    await api?.dispose();
    await browser?.close();
    await stopAllServers();
  }
}

stopAllServersOnSignals((message) => log(`screenshots: ${message}`));

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    await stopAllServers();
    console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
