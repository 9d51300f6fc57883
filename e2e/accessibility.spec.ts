import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { storedBackupCodes, storedPasskey, storedTotp } from './pages/mfa-page';

async function expectNoViolations(page: Page) {
  // Next.js streams a page's metadata after its body: the title may come a moment later.
  await expect(page).toHaveTitle(/.+/);
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

    test('the profile page, and its tasks with errors showing', async ({
      page,
      signedIn,
      profilePage,
    }) => {
      expect(signedIn).toBeTruthy();
      await expectNoViolations(page);
      await profilePage.fillBasicInfo({ avatar: 'not a link' });
      await profilePage.saveBasicInfo();
      await expect(profilePage.form.locator('[aria-invalid="true"]')).toBeVisible();
      await expectNoViolations(page);
      await profilePage.goto();
      await profilePage.fillDetails({ Website: 'ftp://old' });
      await profilePage.saveDetails();
      await expect(profilePage.form.locator('[aria-invalid="true"]')).toBeVisible();
      await expectNoViolations(page);
      await profilePage.goto();
      await profilePage.open('address');
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
      // The 503 status page has its own address; "Try again" goes back to the profile.
      await page.getByRole('link', { name: 'Try again' }).click();
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
      // Four pages, each scanned by axe.
      test.setTimeout(60_000);
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
      // Confirmed a moment ago: no second step-up.
      await securityPage.setPassword('short');
      await expect(securityPage.area.getByRole('alert')).toContainText('meet these rules');
      await expectNoViolations(page);
    });

    test('every security task, as a page and as a dialog', async ({
      page,
      signedIn,
      securityPage,
      javaScriptEnabled,
    }) => {
      // Nine pages and a dialog, each scanned by axe.
      test.setTimeout(90_000);
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

    test('two-step verification: the card, every task as a page, and a dialog', async ({
      page,
      signedIn,
      standIn,
      mfaPage,
    }) => {
      test.setTimeout(90_000);
      expect(signedIn).toBeTruthy();
      await standIn.setMfa({ factors: ['Totp', 'BackupCode', 'WebAuthn'] });
      await mfaPage.seed([
        storedTotp(),
        storedBackupCodes(Array.from({ length: 10 }, (_, index) => `${index}`.repeat(10))),
        storedPasskey('pk-1', 'Work laptop'),
      ]);
      await standIn.useBackupCode('demo');
      await mfaPage.gotoSummary();
      await expectNoViolations(page);
      const scan = async (path: string) => {
        await page.goto(`/account/security/mfa/${path}`);
        await expect(page.getByRole('heading', { level: 1 }).last()).toBeVisible();
        await expectNoViolations(page);
      };
      for (const path of ['totp/remove', 'passkeys/pk-1/rename', 'passkeys/pk-1/remove']) {
        await scan(path);
      }
      await scan('totp');
      await mfaPage.choose('Continue');
      await mfaPage.confirmIdentity();
      await expect(mfaPage.codeField).toBeVisible();
      await expectNoViolations(page);
      // Step-up is live from here on: the codes and the passkey form show at once.
      await scan('backup-codes');
      await mfaPage.choose('Generate codes');
      await expect(page.getByRole('list', { name: 'Your new backup codes' })).toBeVisible();
      await expectNoViolations(page);
      await scan('backup-codes/view');
      await expect(page.getByRole('list', { name: 'Your backup codes' })).toBeVisible();
      await scan('passkeys/new');
      await expect(page.getByLabel('Passkey name')).toBeVisible();
      await expectNoViolations(page);
      await mfaPage.gotoSummary();
      await mfaPage.open('Replace authenticator app');
      await expect(page.getByRole('dialog')).toBeVisible();
      await mfaPage.codeField.fill('12');
      await mfaPage.choose('Verify and replace');
      await expect(mfaPage.codeField).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page);
    });

    test('the not-found page', async ({ page }) => {
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
