import { expect, test } from './fixtures';

test.describe('when the identity service misbehaves', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('a 5xx on reading the account shows a calm page with a way to retry', async ({
    page,
    standIn,
    profilePage,
  }) => {
    await standIn.injectFault({
      path: '/api/my-account',
      method: 'GET',
      status: 503,
      body: { message: 'down' },
    });
    await profilePage.goto();
    await expect(
      page.getByRole('heading', { name: "We can't reach your account right now" }),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Error:');
    await page.getByRole('link', { name: 'Try again' }).click();
    await profilePage.expectSignedIn();
  });

  test('a 429 says to slow down and when to try again', async ({ page, standIn, profilePage }) => {
    await standIn.injectFault({
      path: '/api/my-account',
      method: 'GET',
      status: 429,
      headers: { 'Retry-After': '30' },
      body: { code: 'request.too_many_requests', message: 'Too many requests.' },
    });
    await profilePage.goto();
    await expect(page.getByRole('heading', { name: 'Too many requests' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('You can try again in 30 seconds.');
  });

  test('a slow API is given up on with a calm message', async ({ page, standIn, profilePage }) => {
    await standIn.injectFault({ path: '/api/my-account', method: 'GET', delayMs: 3000 });
    await profilePage.goto();
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
    await expect(profilePage.basicInfo.getByRole('alert')).toContainText(
      "We can't reach the account service right now",
    );
    await expect(profilePage.basicInfo.getByLabel('Name')).toHaveValue('Ada Byron');
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
    await expect(profilePage.details.getByRole('alert')).toContainText(
      'You can try again in 12 seconds.',
    );
    await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Countess');
  });
});
