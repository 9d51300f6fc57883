import { expect, test } from './fixtures';

test.describe('password', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('a new password is saved after confirming it is you', async ({
    page,
    securityPage,
    signInPage,
    profilePage,
  }) => {
    await securityPage.setPassword('a-much-better-passphrase');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your password has been saved.');
    await profilePage.signOut();
    await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
    await page.goto('/account');
    await signInPage.signIn('demo', 'a-much-better-passphrase');
    await profilePage.expectSignedIn();
  });

  test('policy failures come back as a checklist of what to fix', async ({ securityPage }) => {
    await securityPage.setPassword('short');
    await securityPage.verifyWithPassword();
    const section = securityPage.section('Password');
    await expect(section.getByRole('listitem')).toContainText(['At least 8 characters']);
    await expect(section.getByLabel('New password', { exact: true })).toHaveValue('');
  });

  test('the current password is not accepted as the new one', async ({ securityPage }) => {
    await securityPage.setPassword('demo-password');
    await securityPage.verifyWithPassword();
    await expect(
      securityPage.section('Password').getByLabel('New password', { exact: true }),
    ).toHaveAccessibleDescription(/different from your current one/);
  });

  test('the form helps password managers', async ({ securityPage }) => {
    await securityPage.openPassword();
    const section = securityPage.section('Password');
    await expect(section.getByLabel('New password', { exact: true })).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await expect(section.locator('input[autocomplete="username"]')).toHaveValue('demo');
  });
});

test('a user with only a social identity sets a first password without step-up, and is told to before other changes', async ({
  socialOnly,
  securityPage,
}) => {
  expect(socialOnly).toBeTruthy();
  await expect(securityPage.section('Username')).toContainText('first set a password');
  await expect(securityPage.section('Email address')).toContainText('first set a password');
  await expect(securityPage.row('password')).toContainText("You don't have a password yet.");
  await securityPage.setPassword('first-ever-passphrase', 'Set password');
  await expect(securityPage.flash).toHaveText('Your password has been saved.');
  await expect(securityPage.row('password')).toContainText('Set — you can sign in with it');
});
