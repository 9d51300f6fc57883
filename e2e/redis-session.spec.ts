import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../dev-identity/defaults';
import { createStandIn, type StandIn as StandInServer } from '../dev-identity/server';

import { freePort, redisInstalled } from './harness/ports';
import { startServer, stopServer, waitUntilUp, type Server } from './harness/servers';
import { expect, test } from './fixtures';

const root = fileURLToPath(new URL('..', import.meta.url));

test.describe('sessions kept in Redis', () => {
  test.skip(!redisInstalled, 'redis-server is not installed (apt-get install redis-server)');
  test.describe.configure({ timeout: 90_000 });

  let redisPort = 0;
  let redis: Server | undefined;
  let standIn: StandInServer | undefined;
  let portal: Server | undefined;
  let portalUrl = '';

  /** `next start` from the same build as the rest of the suite, with sessions in this Redis. */
  async function startPortal(): Promise<void> {
    if (!standIn) throw new Error('The stand-in is not running.');
    const port = new URL(portalUrl).port;
    // `node …/next start` directly, not through npx, so the process group is next-server's own.
    const next = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));
    portal = startServer(
      'portal (Redis sessions)',
      process.execPath,
      [next, 'start', root, '--port', port],
      {
        LOGTO_ENDPOINT: standIn.url,
        LOGTO_APP_ID: PORTAL_CLIENT_ID,
        LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
        LOGTO_COOKIE_SECRET: 'end-to-end-cookie-secret-0123456789abcdef',
        LOGTO_BASE_URL: portalUrl,
        LOGTO_API_TIMEOUT_MS: '1500',
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      },
    );
    await waitUntilUp(portal, `${portalUrl}/api/health`, 60_000);
  }

  async function restartPortal(): Promise<void> {
    if (portal) await stopServer(portal);
    await startPortal();
  }

  test.beforeAll(async () => {
    redisPort = await freePort();
    redis = startServer(
      'redis-server',
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {},
    );
    portalUrl = `http://localhost:${await freePort()}`;
    // The suite's stand-in accepts only the suite portal's redirect URI, so this portal gets its own.
    standIn = await createStandIn({
      port: 0,
      host: 'localhost',
      portalUrl,
      mode: 'test',
      logCodes: false,
    });
    await startPortal();
  });

  test.afterAll(async () => {
    if (portal) await stopServer(portal);
    await standIn?.close();
    if (redis) await stopServer(redis);
  });

  test('the cookie holds only an id, and the session outlives a portal restart', async ({
    page,
    context,
    signInPage,
    profilePage,
  }) => {
    await profilePage.goto(`${portalUrl}/account`);
    await signInPage.signIn();
    await profilePage.expectSignedIn();

    const cookie = (await context.cookies(portalUrl)).find(
      ({ name }) => name === `logto_${PORTAL_CLIENT_ID}`,
    );
    // A random UUID, not the encrypted token bundle (which runs to well over a kilobyte).
    expect(cookie?.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(cookie?.httpOnly).toBe(true);
    const stored = execFileSync(
      'redis-cli',
      ['-p', String(redisPort), 'GET', `logto_session_${cookie?.value}`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(stored)).toHaveProperty('refreshToken');

    await restartPortal();
    await page.reload();
    await profilePage.expectSignedIn();
    await profilePage.changeName('Ada after a restart');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your name and picture have been saved.',
    );
    await expect(page.getByRole('banner')).toContainText('Ada after a restart');
  });
});
