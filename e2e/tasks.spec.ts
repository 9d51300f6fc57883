import { expect, test } from './fixtures';

test.describe('tasks on their own URLs', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('a task opens over the summary with JavaScript, and as its own page without', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    await securityPage.openTask('username', 'Change');
    await expect(page).toHaveURL(/\/account\/security\/username$/);
    if (!javaScriptEnabled) {
      await expect(
        page.getByRole('heading', { level: 1, name: 'Change your username' }),
      ).toBeVisible();
      return;
    }
    const dialog = page.getByRole('dialog', { name: 'Change your username' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeAttached();
    await expect(dialog.getByLabel('Username', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('link', { name: 'Change username' })).toBeFocused();
  });

  test('a task URL opened directly is a full page with a way back', async ({ page }) => {
    await page.goto('/account/security/email');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Change your email address' }),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to security settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  });

  test('a failed save focuses the field with JavaScript, and opens at a summary of errors without', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    await securityPage.changeUsername('9lives');
    const field = securityPage.area.getByLabel('Username', { exact: true });
    await expect(field).toHaveAccessibleDescription(/don't start with a digit/);
    if (javaScriptEnabled) {
      await expect(field).toBeFocused();
      await expect(page.getByRole('alert', { name: "There's a problem" })).toHaveCount(0);
    } else {
      const summary = page.getByRole('alert', { name: "There's a problem" });
      await expect(summary.getByRole('link', { name: /^Username: / })).toHaveAttribute(
        'href',
        '#field-username',
      );
    }
    // One message, once: no generic "nothing was saved" box beside the field's own error.
    await expect(page.getByText('Some details need your attention')).toHaveCount(0);
  });

  test('a finished change is confirmed on its row, and the confirmation goes when the next task starts', async ({
    page,
    securityPage,
  }) => {
    await securityPage.changeUsername('ada_l');
    await securityPage.verifyWithPassword();
    await expect(securityPage.row('username').getByRole('status')).toHaveText(
      'Your username has been saved.',
    );
    await expect(securityPage.row('username')).toContainText('ada_l');
    await securityPage.changeUsername('9lives');
    await expect(page.getByText('Your username has been saved.')).toHaveCount(0);
  });

  test('the password rules are shown before typing', async ({
    securityPage,
    javaScriptEnabled,
  }) => {
    await securityPage.openPassword();
    const rules = securityPage.area.getByRole('listitem').filter({ hasText: 'characters long' });
    await expect(rules).toHaveText('Be at least 8 characters long');
    await securityPage.area.getByLabel('New password', { exact: true }).fill('long enough');
    if (javaScriptEnabled) await expect(rules).toContainText('(met)');
  });
});

test.describe('coming from an app', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('an allowed returnTo offers the way back after the task', async ({ page, securityPage }) => {
    await page.goto('/account/security/username?returnTo=https://app.example.com/settings');
    await securityPage.changeUsername('back_again');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    await expect(page.getByRole('link', { name: 'Back to app.example.com' })).toHaveAttribute(
      'href',
      'https://app.example.com/settings',
    );
  });

  test('a returnTo to another origin is ignored', async ({ page, securityPage }) => {
    await page.goto('/account/security/username?returnTo=https://evil.example.com/');
    await securityPage.changeUsername('not_back');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    await expect(page.getByRole('link', { name: /^Back to / })).toHaveCount(0);
  });
});
