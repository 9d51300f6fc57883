import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import type { Browser, BrowserContext } from '@playwright/test';

import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../../dev-identity/defaults';
import { ProfilePage } from '../pages/profile-page';
import { SignInPage } from '../pages/sign-in-page';

import { answers, startServer, waitUntilUp, type Server } from './servers';

/** A portal and its stand-in on two ports of this machine, for a script that runs both. */
export type Site = {
  ports: { portal: number; standIn: number };
  portal: string;
  standIn: string;
};

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The site on these ports (both on `localhost`, as the stand-in's redirect URIs expect). */
export function siteOn(ports: { portal: number; standIn: number }): Site {
  return {
    ports,
    portal: `http://localhost:${ports.portal}`,
    standIn: `http://localhost:${ports.standIn}`,
  };
}

/**
 * Runs `next build` quietly, into `distDir` when given (`NEXT_DIST_DIR`, read by next.config.ts),
 * and prints its output only if it fails. Returns the seconds it took.
 */
export function buildPortal(distDir?: string): number {
  const started = performance.now();
  const result = spawnSync('npx', ['next', 'build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...(distDir ? { NEXT_DIST_DIR: distDir } : {}) },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  }
  return (performance.now() - started) / 1000;
}

/** Refuses to go on when something already answers on the site's ports: it would be used instead. */
export async function checkPortsFree(site: Site): Promise<void> {
  for (const url of [`${site.standIn}/health`, `${site.portal}/sign-in`]) {
    if (await answers(url)) {
      throw new Error(
        `${url} already answers: free ports ${site.ports.portal}/${site.ports.standIn} first`,
      );
    }
  }
}

/**
 * Starts the stand-in in test mode (its `/__test` controls on) and `next start` against it, each
 * in its own process group, and waits until both answer. `stopAllServers()` stops them.
 */
export async function startSite(
  site: Site,
  options: { cookieSecret: string; distDir?: string; settingsCacheSeconds?: number },
): Promise<{ portal: Server }> {
  const identity = startServer('stand-in', 'node_modules/.bin/tsx', ['dev-identity/main.ts'], {
    STAND_IN_MODE: 'test',
    STAND_IN_PORT: String(site.ports.standIn),
    STAND_IN_HOST: 'localhost',
    PORTAL_URL: site.portal,
  });
  const app = startServer(
    'portal',
    'node_modules/.bin/next',
    ['start', '--port', String(site.ports.portal)],
    {
      LOGTO_ENDPOINT: site.standIn,
      LOGTO_APP_ID: PORTAL_CLIENT_ID,
      LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
      LOGTO_COOKIE_SECRET: options.cookieSecret,
      LOGTO_BASE_URL: site.portal,
      // Pictures the stand-in serves may show; any other host shows the name's initial.
      LOGTO_AVATAR_HOSTS: `localhost:${site.ports.standIn}`,
      // The Data & privacy section with account deletion and security activity.
      LOGTO_M2M_APP_ID: MANAGEMENT_M2M_APP_ID,
      LOGTO_M2M_APP_SECRET: MANAGEMENT_M2M_APP_SECRET,
      ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
      ...(options.settingsCacheSeconds === undefined
        ? {}
        : { LOGTO_SETTINGS_CACHE_SECONDS: String(options.settingsCacheSeconds) }),
    },
  );
  // The discovery document the portal's sign-in asks for first: once it answers, OIDC is up.
  await waitUntilUp(identity, `${site.standIn}/oidc/.well-known/openid-configuration`, 30_000);
  // Not `/sign-in`: its reachability check, made while the portal is still starting, could time
  // out and be kept for five seconds, and the first sign-in would then find "unavailable".
  await waitUntilUp(app, `${site.portal}/api/health`, 60_000);
  return { portal: app };
}

/** Signs the demo user in through the stand-in's page and returns the signed-in browser state. */
export async function signInAsDemo(browser: Browser, site: Site): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: site.portal, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const profilePage = new ProfilePage(page);
    await profilePage.goto();
    const signInPage = new SignInPage(page);
    // A portal that has just started compiles its first pages: give the first one time.
    await signInPage.form.waitFor({ timeout: 30_000 });
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    return await context.storageState();
  } finally {
    await context.close();
  }
}
