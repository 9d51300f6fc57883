import { expect, test } from './fixtures';
import { UserMenu } from './pages/user-menu';

test.describe('language', () => {
  test.describe('a browser that asks for Japanese', () => {
    test.use({ locale: 'ja-JP' });

    test('gets the portal in Japanese', async ({ page, signInPage }) => {
      await page.goto('/account');
      await signInPage.signIn();
      await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(page.getByRole('region', { name: 'プロフィール画像と名前' })).toContainText(
        'Ada Lovelace',
      );
      const menu = new UserMenu(page);
      await menu.open();
      await expect(menu.signOutButton('サインアウト')).toBeVisible();
    });

    test('sees validation errors in Japanese', async ({ page, signInPage, profilePage }) => {
      await page.goto('/account');
      await signInPage.signIn();
      await page.getByRole('link', { name: 'プロフィール画像と名前を編集' }).click();
      const task = profilePage.form;
      await task.getByLabel('プロフィール画像の URL').fill('not a link');
      await task.getByRole('button', { name: '保存', exact: true }).click();
      await expect(task.getByLabel('プロフィール画像の URL')).toHaveAccessibleDescription(
        /https:\/\/example\.com\/picture\.png のような URL/,
      );
    });
  });

  test('the language switcher is remembered', async ({ page, signedIn, profilePage }) => {
    expect(signedIn).toBeTruthy();
    await profilePage.chooseLanguage('日本語');
    await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible();
    await new UserMenu(page).chooseLanguage('English', '言語', '言語を変更');
    await expect(profilePage.heading).toBeVisible();
  });
});
