import { expect, test } from './fixtures';

test.describe('tasks on their own URLs', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('with JavaScript a task opens as a dialog over the summary, and Escape goes back to the row', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    test.skip(!javaScriptEnabled, 'dialogs need JavaScript; without it the same URL is a page');
    await securityPage.openTask('username', 'Change');
    await expect(page).toHaveURL(/\/account\/security\/username$/);
    const dialog = page.getByRole('dialog', { name: 'Change your username' });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeAttached();
    await expect(dialog.getByLabel('Username', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('link', { name: 'Change username' })).toBeFocused();
  });

  test('without JavaScript a task opens as its own page', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    test.skip(javaScriptEnabled, 'with JavaScript the task opens as a dialog');
    await securityPage.openTask('username', 'Change');
    await expect(page).toHaveURL(/\/account\/security\/username$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Change your username' }),
    ).toBeVisible();
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

  test('with JavaScript a failed save focuses the field, and shows its message once', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    test.skip(!javaScriptEnabled, 'focus is moved by script');
    await securityPage.changeUsername('9lives');
    const field = securityPage.area.getByLabel('Username', { exact: true });
    await expect(field).toHaveAccessibleDescription(/don't start with a digit/);
    await expect(field).toBeFocused();
    await expect(page.getByRole('alert', { name: "There's a problem" })).toHaveCount(0);
    await expect(page.getByText('Some details need your attention')).toHaveCount(0);
  });

  test('without JavaScript a failed save opens at a summary of errors that links to each field', async ({
    page,
    securityPage,
    javaScriptEnabled,
  }) => {
    test.skip(javaScriptEnabled, 'with JavaScript focus goes to the field instead');
    await securityPage.changeUsername('9lives');
    const summary = page.getByRole('alert', { name: "There's a problem" });
    await expect(summary.getByRole('link', { name: /^Username: / })).toHaveAttribute(
      'href',
      '#field-username',
    );
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

  test('the password rules are shown before typing', async ({ securityPage }) => {
    await securityPage.openPassword();
    const rule = securityPage.area.getByRole('listitem').filter({ hasText: 'characters long' });
    await expect(rule).toHaveText('Be at least 8 characters long');
  });

  test('with JavaScript the password rules tick as the user types', async ({
    securityPage,
    javaScriptEnabled,
  }) => {
    test.skip(!javaScriptEnabled, 'ticking needs script');
    await securityPage.openPassword();
    const rule = securityPage.area.getByRole('listitem').filter({ hasText: 'characters long' });
    await securityPage.area.getByLabel('New password', { exact: true }).fill('long enough');
    await expect(rule).toContainText('(met)');
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
