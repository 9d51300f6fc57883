import { expect, test } from './fixtures';

test.describe('when the identity service misbehaves', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('a 5xx on reading the account answers 503 with a calm page and a way to retry', async ({
    page,
    standIn,
  }) => {
    await standIn.injectFault({
      path: '/api/my-account',
      method: 'GET',
      status: 503,
      body: { message: 'down' },
    });
    const response = await page.goto('/account/security');
    expect(response?.status()).toBe(503);
    expect(response?.headers()['retry-after']).toMatch(/^\d+$/);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(
      page.getByRole('heading', { name: "We can't reach your account right now" }),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Error:');
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  });

  test('a 429 answers 429 with Retry-After, and says when to try again', async ({
    page,
    standIn,
  }) => {
    await standIn.injectFault({
      path: '/api/my-account',
      method: 'GET',
      status: 429,
      headers: { 'Retry-After': '30' },
      body: { code: 'request.too_many_requests', message: 'Too many requests.' },
    });
    const response = await page.goto('/account');
    expect(response?.status()).toBe(429);
    expect(response?.headers()['retry-after']).toBe('30');
    await expect(page.getByRole('heading', { name: 'Too many requests' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('You can try again in 30 seconds.');
  });

  test('a slow API is given up on with a calm 503 page', async ({ page, standIn }) => {
    await standIn.injectFault({ path: '/api/my-account', method: 'GET', delayMs: 3000 });
    const response = await page.goto('/account');
    expect(response?.status()).toBe(503);
    await expect(
      page.getByRole('heading', { name: "We can't reach your account right now" }),
    ).toBeVisible();
  });

  test('a failed save keeps what the user typed and says nothing changed', async ({
    standIn,
    profilePage,
  }) => {
    await standIn.injectFault({
      path: '/api/my-account',
      method: 'PATCH',
      status: 500,
      body: { message: 'Internal server error.' },
    });
    await profilePage.changeName('Ada Byron');
    await expect(profilePage.form.getByRole('alert')).toContainText(
      "We can't reach the account service right now",
    );
    await expect(profilePage.form.getByLabel('Name', { exact: true })).toHaveValue('Ada Byron');
  });

  test('a rate-limited save says when to try again', async ({ standIn, profilePage }) => {
    await standIn.injectFault({
      path: '/api/my-account/profile',
      method: 'PATCH',
      status: 429,
      headers: { 'Retry-After': '12' },
      body: { code: 'request.too_many_requests', message: 'Too many requests.' },
    });
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.form.getByRole('alert')).toContainText(
      'You can try again in 12 seconds.',
    );
    await expect(profilePage.form.getByLabel('Nickname')).toHaveValue('Countess');
  });
});

test.describe('when the identity service is down at sign-in', () => {
  /** The portal asks Logto at most every 5 seconds, so a change shows within about that long. */
  const probeCache = { timeout: 15_000, intervals: [500] };

  test('sign-in answers 503 with Retry-After and a calm, translated page', async ({
    page,
    request,
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.injectFault({
      path: '/oidc/.well-known/openid-configuration',
      status: 503,
      times: 1000,
    });
    await expect
      .poll(async () => (await request.get('/sign-in', { maxRedirects: 0 })).status(), probeCache)
      .toBe(503);
    const japanese = await request.get('/sign-in', {
      headers: { 'accept-language': 'ja' },
      maxRedirects: 0,
    });
    expect(japanese.headers()['content-type']).toContain('text/html');
    expect(await japanese.text()).toContain('現在サインインサービスに接続できません');

    const response = await page.goto('/sign-in?returnTo=%2Faccount%3Ffrom%3Dretry');
    expect(response?.status()).toBe(503);
    expect(response?.headers()['retry-after']).toMatch(/^\d+$/);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(
      page.getByRole('heading', { name: "We can't reach the sign-in service right now" }),
    ).toBeVisible();

    await standIn.clearFaults();
    // "Try again" leads on to sign-in as soon as the portal sees Logto again.
    await expect(async () => {
      await page.getByRole('link', { name: 'Try again' }).click();
      await expect(signInPage.form).toBeVisible({ timeout: 1000 });
    }).toPass(probeCache);
    await signInPage.signIn();
    await expect(page).toHaveURL(/\/account\?from=retry$/);
    await profilePage.expectSignedIn();
  });
});
