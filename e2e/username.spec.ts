import { expect, test } from './fixtures';

test.describe('username', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('a taken username is explained next to the field and kept', async ({
    securityPage,
    standIn,
  }) => {
    await standIn.createUser({ username: 'babbage', password: 'engine-difference-1' });
    await securityPage.changeUsername('babbage');
    await securityPage.verifyWithPassword();
    const field = securityPage.section('Username').getByLabel('Username', { exact: true });
    await expect(field).toHaveAccessibleDescription(/already taken/i);
    await expect(field).toHaveValue('babbage');
  });

  test('an invalid username is refused before it is sent', async ({ securityPage }) => {
    await securityPage.changeUsername('9lives');
    const field = securityPage.section('Username').getByLabel('Username', { exact: true });
    await expect(field).toHaveAccessibleDescription(/don't start with a digit/);
    await expect(field).toHaveValue('9lives');
  });

  test('removing asks for confirmation, then removes it', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await securityPage.section('Username').getByRole('link', { name: 'Remove username' }).click();
    await expect(
      page.getByText("Remove your username? You won't be able to sign in with it any more."),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Remove username' }).click();
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been removed.');
    expect(await standIn.user('demo').catch(() => null)).toBeNull();
  });
});

test('the last way to sign in cannot be removed', async ({
  page,
  standIn,
  signInPage,
  securityPage,
}) => {
  await standIn.createUser({ username: 'solo', password: 'solo-password-1' });
  await page.goto('/account/security');
  await signInPage.signIn('solo', 'solo-password-1');
  await securityPage.section('Username').getByRole('link', { name: 'Remove username' }).click();
  await page.getByRole('button', { name: 'Remove username' }).click();
  await securityPage.verifyWithPassword('solo-password-1');
  await expect(securityPage.area.getByRole('alert')).toContainText(/at least one way to sign in/i);
  expect(await standIn.user('solo')).toMatchObject({ username: 'solo' });
});
