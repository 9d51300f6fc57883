import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../dev-identity/defaults';
import { createStandIn, type StandIn as StandInServer } from '../dev-identity/server';
import { activityTimeFormat } from '../lib/privacy/time';

import { freePort } from './harness/ports';
import { startServer, stopServer, waitUntilUp, type Server } from './harness/servers';
import { expect, test } from './fixtures';
import { SignInPage } from './pages/sign-in-page';

const root = fileURLToPath(new URL('..', import.meta.url));

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map(({ id }) => id)).toEqual([]);
}

/**
 * With JavaScript, the browser's time zone (Tokyo here); without, the server can't know it and
 * names UTC.
 */
const shownTime = (at: Date, javaScriptEnabled: boolean) =>
  new Intl.DateTimeFormat('en-US', {
    ...activityTimeFormat,
    ...(javaScriptEnabled
      ? { timeZone: 'Asia/Tokyo' }
      : { timeZone: 'UTC', timeZoneName: 'short' }),
  }).format(at);

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

test.describe('Data & privacy with the Management API', () => {
  test('deleting the account: fresh step-up, the typed confirmation, then gone for good', async ({
    page,
    signedIn,
    standIn,
    securityPage,
    signInPage,
  }) => {
    expect(signedIn).toBeTruthy();
    await page.getByRole('link', { name: 'Data & privacy' }).first().click();
    await expect(heading(page, 'Data & privacy')).toBeVisible();
    await page.getByRole('link', { name: 'Delete account…' }).click();
    await expect(heading(page, 'Delete account')).toBeVisible();
    await expect(page.getByText("This can't be undone.")).toBeVisible();
    await page.getByRole('button', { name: "Confirm it's you" }).click();
    await securityPage.verifyWithPassword();
    await expect(heading(page, 'Delete account')).toBeVisible();
    const confirmation = page.getByLabel(/Type your username demo or your email address/);
    await expect(confirmation).toBeVisible();

    await confirmation.fill('not-demo');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(
      page.getByText("That doesn't match. Type it exactly as shown.").first(),
    ).toBeVisible();
    expect(await standIn.hasUser('demo')).toBe(true);

    await page.getByLabel(/Type your username demo/).fill('ADA@example.com');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(heading(page, 'Your account has been deleted')).toBeVisible();
    expect(await standIn.hasUser('demo')).toBe(false);

    // A replay of the deletion finds no session: it goes to sign-in, and nobody can sign in.
    await page.goto('/account/privacy/delete');
    await signInPage.signIn();
    await expect(page.getByRole('alert')).toContainText('Incorrect username or password');
  });

  test('a step-up older than five minutes is asked for again', async ({
    page,
    signedIn,
    standIn,
    securityPage,
  }) => {
    expect(signedIn).toBeTruthy();
    // Records that live four minutes were made more than five minutes before they die: stale.
    await standIn.setPolicies({ verificationRecordTtlMs: 240_000 });
    await page.goto('/account/privacy/delete');
    await page.getByRole('button', { name: "Confirm it's you" }).click();
    await securityPage.verifyWithPassword();
    await expect(heading(page, 'Delete account')).toBeVisible();
    await expect(page.getByRole('button', { name: "Confirm it's you" })).toBeVisible();
    await expect(page.getByLabel(/Type your username/)).toHaveCount(0);
    expect(await standIn.hasUser('demo')).toBe(true);
  });

  test('downloading my data: a JSON file with no token, secret or record id', async ({
    page,
    signedIn,
    standIn,
    securityPage,
  }) => {
    expect(signedIn).toBeTruthy();
    await page.goto('/account/privacy');
    await page.getByRole('button', { name: 'Download my data' }).click();
    await securityPage.verifyWithPassword();
    await expect(page.getByText("You confirmed it's you. Your file is ready.")).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download data file (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^account-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await file.path()) ?? '', 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({
      format: 'logto-account-portal.data-export',
      version: 1,
      account: { username: 'demo', primaryEmail: 'ada@example.com', name: 'Ada Lovelace' },
      identities: {},
    });
    expect(Array.isArray(data.securityActivity)).toBe(true);
    expect(data.securityActivity).toContainEqual(
      expect.objectContaining({ event: 'signInPassword', succeeded: true }),
    );
    const { accessTokens, refreshTokens, managementTokens } = await standIn.issuedTokens();
    const { totpSecrets, backupCodes } = await standIn.mfaSecrets();
    for (const secret of [
      ...accessTokens,
      ...refreshTokens,
      ...managementTokens,
      ...(await standIn.recordIds()),
      ...totpSecrets,
      ...backupCodes,
    ]) {
      expect(text.includes(secret), 'a secret is in the data file').toBe(false);
    }
  });

  test('recent activity lists the sign-ins of this test in order, in the browser’s time zone', async ({
    browser,
    standIn,
    javaScriptEnabled,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled,
      timezoneId: 'Asia/Tokyo',
      locale: 'en-US',
      baseURL: test.info().project.use.baseURL,
    });
    const page = await context.newPage();
    await page.goto('/account/privacy');
    const signInPage = new SignInPage(page);
    await signInPage.signIn('demo', 'wrong-password');
    await expect(page.getByRole('alert')).toBeVisible();
    await signInPage.signIn();
    await expect(heading(page, 'Data & privacy')).toBeVisible();
    await standIn.addLog({
      key: 'Interaction.SignIn.Verification.Social.Submit',
      username: 'demo',
      ageMs: 3_600_000,
      payload: { target: 'google', signInContext: { city: 'Osaka', country: 'JP' } },
    });
    await page.reload();
    const lines = page.getByTestId('activity-line');
    await expect(lines.nth(0)).toContainText('Signed in with password');
    await expect(lines.nth(1)).toContainText('Failed sign-in attempt');
    await expect(lines.nth(2)).toContainText('Signed in with Google');
    await expect(lines.nth(2)).toContainText('near Osaka, JP');
    await expect(lines).toHaveCount(3);
    const at = await lines.nth(0).locator('time').getAttribute('datetime');
    await expect(lines.nth(0).locator('time')).toHaveText(
      shownTime(new Date(at ?? ''), javaScriptEnabled),
    );
    await expect(page.getByRole('link', { name: 'Review sessions' })).toHaveAttribute(
      'href',
      '/account/sessions',
    );
    await expect(page.getByRole('link', { name: 'Change password' })).toHaveAttribute(
      'href',
      '/account/security/password',
    );
    await context.close();
  });
});

test.describe('Data & privacy accessibility', () => {
  // axe runs as a script inside the page; the no-JS project serves the same markup.
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'axe needs JavaScript in the page');

  test('the pages are axe clean', async ({ page, signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await page.goto('/account/privacy');
    await expectNoViolations(page);
    await page.goto('/account/privacy/delete');
    await expectNoViolations(page);
    await page.getByRole('button', { name: "Confirm it's you" }).click();
    await securityPage.verifyWithPassword();
    await expect(page.getByLabel(/Type your username demo/)).toBeVisible();
    await expectNoViolations(page);
    await page.goto('/goodbye');
    await expectNoViolations(page);
  });
});

test.describe('Data & privacy without the Management API', () => {
  test.describe.configure({ timeout: 90_000 });

  let standIn: StandInServer | undefined;
  let portal: Server | undefined;
  let portalUrl = '';

  test.beforeAll(async () => {
    portalUrl = `http://localhost:${await freePort()}`;
    standIn = await createStandIn({
      port: 0,
      host: 'localhost',
      portalUrl,
      mode: 'test',
      logCodes: false,
    });
    const next = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));
    portal = startServer(
      'portal (no M2M app)',
      process.execPath,
      [next, 'start', root, '--port', new URL(portalUrl).port],
      {
        LOGTO_ENDPOINT: standIn.url,
        LOGTO_APP_ID: PORTAL_CLIENT_ID,
        LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
        LOGTO_COOKIE_SECRET: 'end-to-end-cookie-secret-0123456789abcdef',
        LOGTO_BASE_URL: portalUrl,
        LOGTO_SUPPORT_EMAIL: 'privacy@example.com',
        // The test sets a deletion page on the stand-in and expects the next page to link it.
        LOGTO_SETTINGS_CACHE_SECONDS: '0',
      },
    );
    await waitUntilUp(portal, `${portalUrl}/api/health`, 60_000);
  });

  test.afterAll(async () => {
    if (portal) await stopServer(portal);
    await standIn?.close();
  });

  test('the section offers the operator’s page or a contact, never a dead button', async ({
    page,
    request,
  }) => {
    await page.goto(`${portalUrl}/account/privacy`);
    await new SignInPage(page).signIn();
    await expect(heading(page, 'Data & privacy')).toBeVisible();
    const section = page.getByRole('region', { name: 'Delete account' });
    await expect(section).toContainText('To delete your account, contact the organization');
    await expect(section.getByRole('link', { name: 'Email privacy@example.com' })).toHaveAttribute(
      'href',
      'mailto:privacy@example.com',
    );
    await expect(section.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Recent security activity' })).toHaveCount(0);
    await page.goto(`${portalUrl}/account/privacy/delete`);
    await expect(heading(page, 'Data & privacy')).toBeVisible();

    await request.put(`${standIn?.url}/__test/account-center`, {
      data: { deleteAccountUrl: 'https://example.com/delete-me' },
    });
    await page.goto(`${portalUrl}/account/privacy`);
    await expect(section.getByRole('link', { name: 'Delete account' })).toHaveAttribute(
      'href',
      'https://example.com/delete-me',
    );
    await expect(section.getByRole('button')).toHaveCount(0);
  });
});
