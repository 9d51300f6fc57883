import { fileURLToPath } from 'node:url';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../dev-identity/defaults';
import { createStandIn, type StandIn as StandInServer } from '../dev-identity/server';

import { freePort, redisInstalled } from './harness/ports';
import { startServer, stopServer, waitUntilUp, type Server } from './harness/servers';
import { expect, test } from './fixtures';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two portal instances behind one Redis, as on Vercel: what one instance counts, the other sees.
 * Both serve `localhost` (cookies ignore the port), so one browser session reaches both.
 */
test.describe('rate limits shared through Redis', () => {
  test.skip(!redisInstalled, 'redis-server is not installed (apt-get install redis-server)');
  test.describe.configure({ timeout: 120_000 });

  let redis: Server | undefined;
  let standIn: StandInServer | undefined;
  const portals: Server[] = [];
  let first = '';
  let second = '';

  /** `next start` from the suite's build, with limits (and sessions) in this Redis. */
  async function startPortal(url: string, redisPort: number): Promise<void> {
    if (!standIn) throw new Error('The stand-in is not running.');
    const next = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));
    const portal = startServer(
      `portal ${url}`,
      process.execPath,
      [next, 'start', root, '--port', new URL(url).port],
      {
        LOGTO_ENDPOINT: standIn.url,
        LOGTO_APP_ID: PORTAL_CLIENT_ID,
        LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
        LOGTO_COOKIE_SECRET: 'end-to-end-cookie-secret-0123456789abcdef',
        LOGTO_BASE_URL: first,
        LOGTO_API_TIMEOUT_MS: '1500',
        LOGTO_CODE_RESEND_SECONDS: '60',
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      },
    );
    portals.push(portal);
    await waitUntilUp(portal, `${url}/api/health`, 60_000);
  }

  /** Every code the stand-in "sent" to an address. */
  async function codesSentTo(identifier: string): Promise<unknown[]> {
    const url = `${standIn?.url}/__test/codes?identifier=${encodeURIComponent(identifier)}`;
    return ((await (await fetch(url)).json()) as { codes: unknown[] }).codes;
  }

  test.beforeAll(async () => {
    const redisPort = await freePort();
    redis = startServer(
      'redis-server',
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {},
    );
    first = `http://localhost:${await freePort()}`;
    second = `http://localhost:${await freePort()}`;
    standIn = await createStandIn({
      port: 0,
      host: 'localhost',
      portalUrl: first,
      mode: 'test',
      logCodes: false,
    });
    await Promise.all([startPortal(first, redisPort), startPortal(second, redisPort)]);
  });

  test.beforeEach(async ({ page, signInPage, securityPage }) => {
    await page.goto(`${first}/account/security`);
    await signInPage.signIn();
    await securityPage.goto(first);
  });

  test.afterAll(async () => {
    await Promise.all(portals.map((portal) => stopServer(portal)));
    await standIn?.close();
    if (redis) await stopServer(redis);
  });

  test('a code to the same new address is not sent again before the wait, by either instance', async ({
    page,
    securityPage,
  }) => {
    const section = securityPage.section('Email address');
    await securityPage.startAddingEmail('ada@analytical.example');
    await securityPage.verifyWithPassword();
    await expect(section.getByLabel('Verification code')).toBeVisible();

    await page.goto(`${second}/account/security/email`);
    await section.getByRole('button', { name: 'Wrong address? Change it' }).click();
    await securityPage.startAddingEmail('ada@analytical.example');
    const alert = section.getByRole('alert');
    await expect(alert).toContainText(
      'A code was sent to this email address or phone number moments ago',
    );
    await expect(alert).toContainText(/You can try again in (5\d|60) seconds\./);
    await expect(section.getByLabel('New email address')).toHaveValue('ada@analytical.example');
    expect(await codesSentTo('ada@analytical.example')).toHaveLength(1);
  });

  test('a step-up code is not sent twice within the wait, even from two tabs', async ({
    page,
    context,
  }) => {
    const verify = `${first}/account/security/verify?method=email`;
    const send = { name: 'Send a code to ada@example.com' };
    const other = await context.newPage();
    await Promise.all([page.goto(verify), other.goto(verify)]);
    await page.getByRole('button', send).click();
    await expect(page.getByLabel('Verification code')).toBeVisible();
    const answered = other.waitForResponse((response) => response.request().method() === 'POST');
    await other.getByRole('button', send).click();
    await answered;
    // With JavaScript the tab says to wait; without, it reloads into the code sent from the first.
    const waitMessage = other
      .getByRole('main')
      .getByRole('alert')
      .filter({ hasText: /moments ago.*try again in/ });
    await expect(waitMessage.or(other.getByLabel('Verification code'))).toBeVisible();
    expect(await codesSentTo('ada@example.com')).toHaveLength(1);
  });

  test('five wrong passwords on one instance pause password step-up on the other', async ({
    page,
    securityPage,
  }) => {
    await page.goto(`${first}/account/security/verify`);
    const field = page.getByLabel('Your password');
    for (const attempt of [1, 2, 3, 4, 5]) {
      await securityPage.attemptPassword(`wrong-${attempt}`);
      await expect(field).toHaveAccessibleDescription(/isn't correct/);
    }
    await page.goto(`${second}/account/security/verify`);
    await securityPage.verifyWithPassword();
    const alert = securityPage.area.getByRole('alert');
    await expect(alert).toContainText('confirming with your password is paused');
    await expect(securityPage.stepUpHeading).toBeVisible();
  });
});
