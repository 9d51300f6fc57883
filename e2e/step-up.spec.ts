import { expect, test } from './fixtures';

test.describe("confirming it's you", () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('with the password, then the change completes and is not asked again for a while', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await securityPage.changeUsername('ada_l');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    await expect(page).toHaveURL(/\/account\/security\?done=usernameSaved#username$/);
    // Same page and message as before: wait for the answer, not for the text.
    const saved = page.waitForResponse((response) => response.request().method() === 'POST');
    await securityPage.changeUsername('ada_lovelace');
    await saved;
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    expect(await standIn.user('ada_lovelace')).toMatchObject({ username: 'ada_lovelace' });
  });

  test('with a code sent to the current email address', async ({ securityPage, standIn }) => {
    await securityPage.changeUsername('countess');
    await securityPage.verifyWithEmailCode();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    expect(await standIn.user('countess')).toMatchObject({ username: 'countess' });
  });

  test('a wrong password is explained and nothing changes', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await securityPage.changeUsername('intruder');
    await securityPage.verifyWithPassword('wrong-password');
    await expect(page.getByLabel('Your password')).toHaveAccessibleDescription(/isn't correct/);
    await expect(page.getByLabel('Your password')).toHaveValue('');
    expect(await standIn.user('demo')).toMatchObject({ username: 'demo' });
  });

  test('too many wrong passwords lock step-up for a while', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await standIn.setPolicies({ sentinelPolicy: { maxAttempts: 2, lockoutDuration: 600 } });
    await securityPage.changeUsername('intruder');
    const field = page.getByLabel('Your password');
    await securityPage.verifyWithPassword('wrong-1');
    await expect(field).toHaveAccessibleDescription(/isn't correct/);
    await securityPage.verifyWithPassword('wrong-2');
    await expect(field).toHaveAccessibleDescription(/too many/i);
    // Even the right password is refused during the lockout.
    await securityPage.verifyWithPassword();
    await expect(securityPage.stepUpHeading).toBeVisible();
    await expect(field).toHaveAccessibleDescription(/too many/i);
    expect(await standIn.user('demo')).toMatchObject({ username: 'demo' });
  });

  test('the sixth wrong password is refused without asking Logto, with the wait and the other methods', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await securityPage.changeUsername('guesser');
    const field = page.getByLabel('Your password');
    for (const attempt of [1, 2, 3, 4, 5]) {
      await securityPage.attemptPassword(`wrong-${attempt}`);
      await expect(field).toHaveAccessibleDescription(/isn't correct/);
    }
    // Logto would accept the right password now: the portal does not ask it.
    await securityPage.verifyWithPassword();
    const alert = securityPage.area.getByRole('alert');
    await expect(alert).toContainText('confirming with your password is paused');
    await expect(alert).toContainText(/You can try again in \d+ seconds?\./);
    await expect(page.getByRole('navigation', { name: 'Use another method' })).toBeVisible();
    expect(await standIn.user('demo')).toMatchObject({ username: 'demo' });
    // A code still works, and the change completes.
    await securityPage.verifyWithEmailCode();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
  });

  test('an expired confirmation is asked for again and the change still completes without retyping', async ({
    securityPage,
    standIn,
  }) => {
    await securityPage.changeUsername('first_change');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    await standIn.expireRecords();
    await securityPage.changeUsername('second_change');
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your username has been saved.');
    await expect(securityPage.row('username')).toContainText('second_change');
  });

  test('"use another method" switches between the ways the account has', async ({
    page,
    securityPage,
  }) => {
    await securityPage.changeUsername('switcher');
    await expect(securityPage.stepUpHeading).toBeVisible();
    const methods = page.getByRole('navigation', { name: 'Use another method' });
    await expect(methods.getByRole('link')).toHaveText([
      'Get a code by email',
      'Get a code by text message',
    ]);
    await methods.getByRole('link', { name: 'Get a code by text message' }).click();
    await expect(
      page.getByRole('button', { name: 'Send a code by text message to +1 555 123 4567' }),
    ).toBeVisible();
  });
});
