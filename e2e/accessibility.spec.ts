import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    // axe runs as a script inside the page; the no-JS project serves the same markup.
    test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'axe needs JavaScript in the page');

    test('the landing and sign-in pages', async ({ page, signInPage }) => {
      await page.goto('/');
      await expectNoViolations(page);
      await page.goto('/account');
      await signInPage.expectShown();
      await expectNoViolations(page);
    });

    test('the profile page, with errors showing', async ({ page, signedIn, profilePage }) => {
      expect(signedIn).toBeTruthy();
      await expectNoViolations(page);
      await profilePage.fillBasicInfo({ avatar: 'not a link' });
      await profilePage.saveBasicInfo();
      await expect(profilePage.basicInfo.locator('[aria-invalid="true"]')).toBeVisible();
      await expectNoViolations(page);
    });

    test('the read-only profile and the problem pages', async ({
      page,
      standIn,
      signInPage,
      profilePage,
    }) => {
      await standIn.setFieldModes({ name: 'ReadOnly', avatar: 'ReadOnly', profile: 'ReadOnly' });
      await profilePage.goto();
      await signInPage.signIn();
      await expect(profilePage.heading).toBeVisible();
      await expectNoViolations(page);
      await standIn.injectFault({
        path: '/api/my-account',
        method: 'GET',
        status: 503,
        body: { message: 'down' },
      });
      await page.reload();
      await expect(
        page.getByRole('heading', { name: "We can't reach your account right now" }),
      ).toBeVisible();
      await expectNoViolations(page);
      await standIn.setAccountCenter({ enabled: false });
      await page.reload();
      await expect(
        page.getByRole('heading', { name: "Account management isn't available" }),
      ).toBeVisible();
      await expectNoViolations(page);
    });

    test('the security page, the step-up page and the code entry', async ({
      page,
      signedIn,
      securityPage,
    }) => {
      expect(signedIn).toBeTruthy();
      await securityPage.goto();
      await expectNoViolations(page);
      await securityPage.startAddingEmail('new@analytical.example');
      await expect(securityPage.stepUpHeading).toBeVisible();
      await expectNoViolations(page);
      await securityPage.verifyWithPassword();
      await expect(
        securityPage.section('Email address').getByLabel('Verification code'),
      ).toBeVisible();
      await expectNoViolations(page);
      await securityPage.goto();
      await securityPage.setPassword('short');
      await securityPage.verifyWithPassword();
      await expect(securityPage.area.getByRole('alert')).toContainText('meet these rules');
      await expectNoViolations(page);
    });

    test('every security task, as a page and as a dialog', async ({
      page,
      signedIn,
      securityPage,
      javaScriptEnabled,
    }) => {
      expect(signedIn).toBeTruthy();
      for (const path of [
        'username',
        'username/remove',
        'email',
        'email/remove',
        'phone',
        'phone/remove',
        'password',
        'verify',
      ]) {
        await page.goto(`/account/security/${path}`);
        await expect(page.getByRole('heading', { level: 1 }).last()).toBeVisible();
        await expectNoViolations(page);
      }
      expect(javaScriptEnabled).toBe(true);
      await securityPage.goto();
      await securityPage.openTask('phone number', 'Change');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
    });

    test('the not-found page', async ({ page }) => {
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
