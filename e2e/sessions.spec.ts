import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, TestInfo } from '@playwright/test';

import { expect, test } from './fixtures';
import { SessionsPage } from './pages/sessions-page';
import { SignInPage } from './pages/sign-in-page';
import { e2eUrls } from './urls';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Axe runs in the page, so only where JavaScript is on; the markup is the same without. */
async function expectNoViolations(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map(({ id }) => id)).toEqual([]);
}

/** A second browser (an iPhone) signed in as the demo user, on its own sessions list. */
async function signInOnPhone(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({
    baseURL: e2eUrls.portal,
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
    userAgent: iphone,
  });
  const page = await context.newPage();
  await page.goto('/account/sessions');
  await new SignInPage(page).signIn();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions & devices' })).toBeVisible();
  return { context, page, sessions: new SessionsPage(page) };
}

test.describe('sessions', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('asks for step-up first, then each browser sees both sessions with its own flagged; one signs the other out', async ({
    page,
    browser,
    standIn,
  }, testInfo) => {
    const phone = await signInOnPhone(browser, testInfo);
    const sessions = new SessionsPage(page);
    await standIn.setSignInLocation({ city: 'Osaka', country: 'JP' });
    await sessions.goto();
    await expect(page.getByText('so we ask you to confirm')).toBeVisible();
    await expect(sessions.sessions).toHaveCount(0);
    await expectNoViolations(page);
    await sessions.confirmItsYou();
    await expect(sessions.sessions).toHaveCount(2);
    await expect(sessions.sessions.first()).toContainText('This device');
    await expect(sessions.session('Safari on iOS')).not.toContainText('This device');
    await expectNoViolations(page);

    await phone.sessions.confirmItsYou();
    await expect(phone.sessions.sessions).toHaveCount(2);
    await expect(phone.sessions.currentSession).toContainText('Safari on iOS');

    await sessions
      .session('Safari on iOS')
      .getByRole('link', { name: /Sign out of Safari/ })
      .click();
    await expect(
      sessions.area.getByRole('radio', { name: /Also remove their access/ }),
    ).toBeChecked();
    await expectNoViolations(page);
    await sessions.confirm('Sign out');
    await expect(sessions.flash).toHaveText('Signed out of that session.');
    await expect(sessions.sessions).toHaveCount(1);

    await phone.page.goto('/account');
    await new SignInPage(phone.page).expectShown();
    await phone.context.close();
  });

  test('"sign out everywhere else" says how many and leaves only this one', async ({
    page,
    browser,
  }, testInfo) => {
    const phone = await signInOnPhone(browser, testInfo);
    const sessions = new SessionsPage(page);
    await sessions.goto();
    await sessions.confirmItsYou();
    await page.getByRole('link', { name: 'Sign out everywhere else' }).click();
    await expect(sessions.area).toContainText('The other session will be signed out');
    await sessions.confirm('Sign out 1 session');
    await expect(sessions.flash).toHaveText('Signed out of 1 other session.');
    await expect(sessions.sessions).toHaveCount(1);
    await expect(sessions.currentSession).toHaveCount(1);
    await phone.page.goto('/account');
    await new SignInPage(phone.page).expectShown();
    await phone.context.close();
  });

  test('signing out the current session signs out here too', async ({ page }) => {
    const sessions = new SessionsPage(page);
    await sessions.goto();
    await sessions.confirmItsYou();
    await sessions.currentSession.getByRole('link', { name: /Sign out of/ }).click();
    await expect(sessions.area).toContainText("You'll be signed out here as well.");
    await sessions.confirm('Sign out');
    await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
    await page.goto('/account/sessions');
    await new SignInPage(page).expectShown();
  });

  test('a session already gone when signed out is explained', async ({
    page,
    browser,
  }, testInfo) => {
    const phone = await signInOnPhone(browser, testInfo);
    const sessions = new SessionsPage(page);
    await sessions.goto();
    await sessions.confirmItsYou();
    await sessions
      .session('Safari on iOS')
      .getByRole('link', { name: /Sign out of/ })
      .click();
    // The phone signs itself out meanwhile.
    await phone.sessions.confirmItsYou();
    await phone.sessions.currentSession.getByRole('link', { name: /Sign out of/ }).click();
    await phone.sessions.confirm('Sign out');
    await expect(phone.page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
    await sessions.confirm('Sign out');
    await expect(sessions.area).toContainText(
      "This session has already ended, so there's nothing left to sign out.",
    );
    await page.goto('/account/sessions');
    await expect(sessions.sessions).toHaveCount(1);
    await phone.context.close();
  });

  test('a password change can sign out the other sessions', async ({ page, browser }, testInfo) => {
    const phone = await signInOnPhone(browser, testInfo);
    await page.goto('/account/security/password');
    await expect(
      page.getByRole('checkbox', { name: 'Also sign out of your other sessions' }),
    ).toBeChecked();
    await page.getByLabel('New password', { exact: true }).fill('a-much-better-passphrase');
    await page.getByLabel('Confirm new password').fill('a-much-better-passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByLabel('Your password').fill('demo-password');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('status').filter({ hasText: /\S/ }).first()).toHaveText(
      'Your password has been saved and 1 other session was signed out.',
    );
    await phone.page.goto('/account');
    await new SignInPage(phone.page).expectShown();
    await phone.context.close();
  });
});

test.describe('connected apps', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('lists an authorised app, and removing it stops its refresh token', async ({
    page,
    standIn,
  }) => {
    const sessions = new SessionsPage(page);
    await sessions.goto('/account/apps');
    await sessions.confirmItsYou();
    await expect(page.getByText('No apps are connected.')).toBeVisible();
    await expectNoViolations(page);

    const app = await standIn.grantThirdPartyApp('demo', 'Photo Printer');
    await page.reload();
    const row = page.getByRole('listitem').filter({ hasText: 'Photo Printer' });
    await expect(row).toContainText('Access granted');
    await row.getByRole('link', { name: 'Remove access for Photo Printer' }).click();
    await expect(sessions.area).toContainText('it will have to ask for your permission again');
    await sessions.confirm('Remove access');
    await expect(sessions.flash).toHaveText('Access removed. The app will have to ask you again.');
    await expect(page.getByText('No apps are connected.')).toBeVisible();
    expect(await standIn.refreshTokenActive(app.refreshToken)).toBe(false);
  });
});

test.describe('trusted devices and field modes', () => {
  test('trusted devices appear only when the tenant offers them', async ({
    page,
    signInPage,
    standIn,
  }) => {
    await standIn.addTrustedDevice({ username: 'demo', userAgent: iphone, country: 'FR' });
    await page.goto('/account/sessions');
    await signInPage.signIn();
    const sessions = new SessionsPage(page);
    await sessions.confirmItsYou();
    await expect(sessions.sessions.first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trusted devices' })).toHaveCount(0);

    await standIn.setTrustedDevices(true);
    await standIn.setAccountCenter({ fields: { session: 'Edit', trustedDevice: 'Edit' } });
    await page.reload();
    const devices = page.getByRole('region', { name: 'Trusted devices' });
    await expect(devices).toContainText('Safari on iOS');
    await devices.getByRole('link', { name: 'Remove Safari on iOS' }).click();
    await sessions.confirm('Remove device');
    await expect(sessions.flash).toContainText('Device removed.');
    await expect(devices).toContainText('No trusted devices.');
  });

  test('session Off hides the sections; ReadOnly lists without actions', async ({
    page,
    signInPage,
    standIn,
  }) => {
    await standIn.setAccountCenter({ fields: { name: 'Edit', password: 'Edit', session: 'Off' } });
    await page.goto('/account');
    await signInPage.signIn();
    await expect(page.getByRole('link', { name: 'Sessions & devices' })).toHaveCount(0);
    const response = await page.goto('/account/sessions');
    expect(response?.status()).toBe(404);

    await standIn.setAccountCenter({
      fields: { name: 'Edit', password: 'Edit', session: 'ReadOnly' },
    });
    await page.goto('/account/sessions');
    await expect(page.getByRole('link', { name: 'Sessions & devices' })).toBeVisible();
    const sessions = new SessionsPage(page);
    await sessions.confirmItsYou();
    await expect(sessions.sessions).toHaveCount(1);
    await expect(page.getByText('you can see them here but not end them')).toBeVisible();
    await expect(page.getByRole('link', { name: /Sign out/ })).toHaveCount(0);
  });
});
