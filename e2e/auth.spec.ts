import { expect, test } from './fixtures';

test.describe('signing in and out', () => {
  test('the portal sends a visitor through sign-in to their account', async ({
    page,
    signInPage,
    profilePage,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account$/);
    await profilePage.expectSignedIn();
  });

  test('a wrong password is refused on the sign-in page', async ({
    page,
    signInPage,
    profilePage,
  }) => {
    await profilePage.goto();
    await signInPage.signIn('demo', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('Incorrect username or password');
    await expect(page.getByLabel('Username')).toHaveValue('demo');
  });

  test('a deep link survives sign-in', async ({ page, signInPage, profilePage }) => {
    await page.goto('/account?from=email');
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account\?from=email$/);
    await profilePage.expectSignedIn();
  });

  test('a return address too long to keep falls back to the account page', async ({
    page,
    signInPage,
    profilePage,
  }) => {
    await page.goto(`/account?note=${'x'.repeat(3000)}`);
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account$/);
    await profilePage.expectSignedIn();
  });

  test('a form sent after the session ended comes back to its page, saying the input may be lost', async ({
    page,
    context,
    signedIn,
    securityPage,
    signInPage,
    standIn,
  }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
    await securityPage.openTask('username', 'Change');
    await expect(securityPage.area.getByLabel('Username', { exact: true })).toBeVisible();
    await context.clearCookies();
    await securityPage.changeUsername('after_the_end');
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account\/security\/username\?unsaved=1$/);
    await expect(page.getByRole('main')).toContainText(
      'You were signed out before your changes were sent',
    );
    await expect(securityPage.section('Username')).toBeVisible();
    expect(await standIn.user('demo')).toMatchObject({ username: 'demo' });
  });

  test('returnTo never leaves the portal', async ({ page, signInPage, profilePage }) => {
    await page.goto('/sign-in?returnTo=https://evil.example/phish');
    await signInPage.signIn();
    await expect(page).toHaveURL(/localhost:\d+\/account$/);
    await profilePage.expectSignedIn();
  });

  test('signing out ends the session here and at the identity server', async ({
    page,
    signedIn,
    profilePage,
    signInPage,
  }) => {
    await profilePage.signOut();
    await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
    await page.goto('/account');
    await signInPage.expectShown();
    expect(signedIn).toBeTruthy();
  });

  test('an expired access token is refreshed without the user noticing', async ({
    page,
    standIn,
    profilePage,
    signInPage,
  }) => {
    await standIn.setAccessTokenTtl(1);
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    const before = (await standIn.issuedTokens()).accessTokens.length;
    await expect
      .poll(async () => {
        await page.reload();
        await profilePage.expectSignedIn();
        return (await standIn.issuedTokens()).accessTokens.length;
      })
      .toBeGreaterThan(before);
    await expect(page).toHaveURL(/\/account$/);
  });

  test('a revoked session sends the user to sign in and back to the same page', async ({
    page,
    signedIn,
    standIn,
    profilePage,
    signInPage,
  }) => {
    await standIn.revoke('demo');
    await page.goto('/account?tab=again');
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account\?tab=again$/);
    await profilePage.expectSignedIn();
    expect(signedIn).toBeTruthy();
  });

  test('a form sent after the session was revoked comes back to its page, saying the input may be lost', async ({
    page,
    signedIn,
    standIn,
    profilePage,
    signInPage,
  }) => {
    expect(signedIn).toBeTruthy();
    await profilePage.open('picture');
    await standIn.revoke('demo');
    await profilePage.changeName('Ada Byron');
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account\/profile\/picture\?unsaved=1$/);
    await expect(page.getByRole('main')).toContainText(
      'You were signed out before your changes were sent',
    );
    await expect(profilePage.form.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
  });

  test('a refused refresh token sends the user back through sign-in', async ({
    page,
    standIn,
    profilePage,
    signInPage,
  }) => {
    await standIn.setAccessTokenTtl(1);
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    await standIn.revoke('demo');
    await expect
      .poll(async () => {
        await page.reload();
        return signInPage.form.isVisible();
      })
      .toBe(true);
    await signInPage.signIn();
    await profilePage.expectSignedIn();
  });
});
