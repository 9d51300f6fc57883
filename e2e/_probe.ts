import { chromium } from '@playwright/test';
import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../dev-identity/defaults';
import { chromiumLaunchOptions } from './browser';
import { startServer, stopServer, stopAllServers, waitUntilUp } from './harness/servers';
import { signInAsDemo, siteOn } from './harness/site';
import { time } from './bench/server-time';
import { stats } from './bench/report';
const site = siteOn({ portal: 3300, standIn: 3301 });
try {
  const identity = startServer('stand-in', 'node_modules/.bin/tsx', ['dev-identity/main.ts'], { STAND_IN_MODE: 'test', STAND_IN_PORT: '3301', STAND_IN_HOST: 'localhost', PORTAL_URL: site.portal });
  const app = startServer('portal', 'node', ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', 'node_modules/next/dist/bin/next', 'start', '--port', '3300'], {
    LOGTO_ENDPOINT: site.standIn, LOGTO_APP_ID: PORTAL_CLIENT_ID, LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET, LOGTO_COOKIE_SECRET: 'bench-cookie-secret-0123456789abcdef0123', LOGTO_BASE_URL: site.portal, NEXT_DIST_DIR: '.next-bench' });
  await waitUntilUp(identity, `${site.standIn}/health`, 30000);
  await waitUntilUp(app, `${site.portal}/sign-in`, 60000);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const state = await signInAsDemo(browser, site);
  await browser.close();
  const cookie = state.cookies.filter((c) => c.domain === 'localhost').map((c) => `${c.name}=${c.value}`).join('; ');
  for (const path of (process.env.PATHS ?? '/account,/account/security').split(',')) {
    const samples = await time(async () => { const r = await fetch(site.portal + path, { headers: { cookie }, redirect: 'manual' }); await r.text(); }, Number(process.env.N ?? 30));
    console.log(path, stats(samples).median.toFixed(1));
  }
  process.kill(app.child.pid!, 'SIGINT');
  await new Promise((r) => setTimeout(r, 3000));
} finally { await stopAllServers(); }
