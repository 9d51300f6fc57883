import { expect, test } from './fixtures';

test.describe('connected accounts', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('connecting GitHub confirms it is you first, goes to GitHub and back, and stays listed', async ({
    page,
    securityPage,
    providerPage,
    standIn,
  }) => {
    await expect(securityPage.connection('GitHub')).toContainText('Not connected');
    await securityPage.connect('GitHub');
    await securityPage.verifyWithPassword();
    await providerPage.authorize('GitHub', { id: 'gh-ada', name: 'Ada on GitHub' });
    await expect(page).toHaveURL(/\/account\/security\?done=socialLinked/);
    await expect(securityPage.flash).toHaveText('Your account is now connected.');
    await expect(securityPage.connection('GitHub')).toContainText('Connected as Ada on GitHub');
    await page.reload();
    await expect(securityPage.connection('GitHub')).toContainText('Connected as Ada on GitHub');
    expect(await standIn.user('demo')).toMatchObject({
      identities: { github: { userId: 'gh-ada' } },
    });
  });

  test('cancelling at the provider changes nothing', async ({
    securityPage,
    providerPage,
    standIn,
  }) => {
    await securityPage.connect('Google');
    await securityPage.verifyWithPassword();
    await providerPage.cancel('Google');
    await expect(securityPage.area.getByRole('alert')).toContainText(
      'The connection was cancelled.',
    );
    expect(await standIn.user('demo')).toMatchObject({ identities: {} });
  });

  test('a forged or missing state is refused and nothing is linked', async ({
    page,
    securityPage,
    providerPage,
    standIn,
  }) => {
    await securityPage.connect('GitHub');
    await securityPage.verifyWithPassword();
    await providerPage.expectShown('GitHub');
    await page.goto('/callback/social?code=stolen&state=forged');
    await expect(securityPage.area.getByRole('alert')).toContainText(
      "couldn't confirm that this connection was started here",
    );
    await page.goto('/callback/social?code=stolen');
    await expect(securityPage.area.getByRole('alert')).toContainText('expired or was already used');
    expect(await standIn.user('demo')).toMatchObject({ identities: {} });
  });

  test('replaying a finished callback does nothing', async ({
    page,
    securityPage,
    providerPage,
    standIn,
  }) => {
    const callbacks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/callback/social?')) callbacks.push(request.url());
    });
    await securityPage.connect('GitHub');
    await securityPage.verifyWithPassword();
    await providerPage.authorize('GitHub', { id: 'gh-once' });
    await expect(securityPage.flash).toHaveText('Your account is now connected.');
    expect(callbacks).toHaveLength(1);
    await page.goto(callbacks[0] ?? '/');
    await expect(securityPage.area.getByRole('alert')).toContainText('expired or was already used');
    expect(await standIn.user('demo')).toMatchObject({
      identities: { github: { userId: 'gh-once' } },
    });
  });

  test('an account that belongs to someone else is refused', async ({
    securityPage,
    providerPage,
    standIn,
  }) => {
    await standIn.createUser({
      username: 'babbage',
      password: 'engine-difference-1',
      identities: { github: { userId: 'gh-taken', details: { id: 'gh-taken' } } },
    });
    await securityPage.connect('GitHub');
    await securityPage.verifyWithPassword();
    await providerPage.authorize('GitHub', { id: 'gh-taken' });
    await expect(securityPage.area.getByRole('alert')).toContainText(
      'already connected to another user',
    );
    expect(await standIn.user('demo')).toMatchObject({ identities: {} });
  });

  test('a step-up that expires during the round trip is asked again, then the link completes', async ({
    securityPage,
    providerPage,
    standIn,
  }) => {
    await securityPage.connect('GitHub');
    await securityPage.verifyWithPassword();
    await providerPage.expectShown('GitHub');
    await standIn.expireRecords({ type: 'Password' });
    await providerPage.authorize('GitHub', { id: 'gh-late', name: 'Late Ada' });
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your account is now connected.');
    await expect(securityPage.connection('GitHub')).toContainText('Connected as Late Ada');
  });

  test('a form_post provider (Apple) links too', async ({
    securityPage,
    providerPage,
    standIn,
  }) => {
    await securityPage.connect('Apple');
    await securityPage.verifyWithPassword();
    await providerPage.authorize('Apple', { id: 'apple-ada', name: 'Ada via Apple' });
    await expect(securityPage.flash).toHaveText('Your account is now connected.');
    expect(await standIn.user('demo')).toMatchObject({
      identities: { apple: { userId: 'apple-ada' } },
    });
  });

  test('a connection can be replaced, then disconnected after confirming', async ({
    page,
    securityPage,
    providerPage,
    standIn,
  }) => {
    await standIn.updateUser('demo', {
      identities: { github: { userId: 'gh-old', details: { id: 'gh-old', name: 'Old Ada' } } },
    });
    await page.reload();
    await securityPage
      .connection('GitHub')
      .getByRole('button', { name: 'Use a different GitHub account' })
      .click();
    await securityPage.verifyWithPassword();
    await providerPage.authorize('GitHub', { id: 'gh-new', name: 'New Ada' });
    await expect(securityPage.flash).toHaveText('Your connected account has been replaced.');
    await expect(securityPage.connection('GitHub')).toContainText('Connected as New Ada');
    await securityPage
      .connection('GitHub')
      .getByRole('link', { name: 'Disconnect GitHub' })
      .click();
    await expect(
      page.getByText("Disconnect GitHub? You won't be able to sign in with it any more."),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Disconnect GitHub' }).click();
    await expect(securityPage.flash).toHaveText('The account has been disconnected.');
    expect(await standIn.user('demo')).toMatchObject({ identities: {} });
  });
});

test.describe('a social-only account', () => {
  test.beforeEach(async ({ socialOnly }) => {
    expect(socialOnly).toBeTruthy();
  });

  test('links a second provider without step-up', async ({ page, securityPage, providerPage }) => {
    await securityPage.connect('Google');
    await providerPage.authorize('Google', { id: 'g-42', name: 'Octo on Google' });
    await expect(securityPage.flash).toHaveText('Your account is now connected.');
    await expect(securityPage.connection('Google')).toContainText('Connected as Octo on Google');
    expect(page.url()).toContain('done=socialLinked');
  });

  test('cannot disconnect its last way to sign in', async ({ page, securityPage }) => {
    await securityPage
      .connection('GitHub')
      .getByRole('link', { name: 'Disconnect GitHub' })
      .click();
    await page.getByRole('button', { name: 'Disconnect GitHub' }).click();
    await expect(securityPage.area.getByRole('alert')).toContainText('at least one way to sign in');
    await securityPage.goto();
    await expect(securityPage.connection('GitHub')).toContainText('Connected as Octo Cat');
  });
});
