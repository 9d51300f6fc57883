import { expect, test } from './fixtures';
import { UserMenu } from './pages/user-menu';

test.describe('what the tenant exposes', () => {
  test('Off hides a field, ReadOnly shows it without an input, Edit makes it editable', async ({
    page,
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.setFieldModes({
      name: 'ReadOnly',
      avatar: 'Off',
      phone: 'Off',
      username: 'ReadOnly',
    });
    await profilePage.goto();
    await signInPage.signIn();
    await expect(profilePage.heading).toBeVisible();
    await expect(profilePage.basicInfo).toContainText('Ada Lovelace');
    await expect(profilePage.basicInfo).toContainText('Managed by your organization');
    await expect(profilePage.basicInfo.getByRole('link')).toHaveCount(0);
    await expect(profilePage.picture).toHaveCount(0);
    await expect(profilePage.identifiers).not.toContainText('Phone number');
    await expect(profilePage.identifiers).toContainText('ada@example.com');
    await expect(page.getByRole('banner')).toContainText('Ada Lovelace');
    // No task to open either, even by its URL.
    expect((await page.goto('/account/profile/picture'))?.status()).toBe(404);
    await profilePage.goto();
    await profilePage.open('details');
    await expect(profilePage.form.getByLabel('Given name')).toBeEditable();
  });

  test('read-only personal details are listed, not offered as a form', async ({
    page,
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.setFieldModes({ profile: 'ReadOnly' });
    await standIn.updateUser('demo', {
      profile: {
        givenName: 'Ada',
        familyName: 'Lovelace',
        zoneinfo: 'Europe/London',
        birthdate: '1815-12-10',
        address: { country: 'GB', locality: 'London' },
      },
    });
    await profilePage.goto();
    await signInPage.signIn();
    for (const card of [profilePage.details, profilePage.address]) {
      await expect(card).toContainText('Managed by your organization');
      await expect(card.getByRole('link')).toHaveCount(0);
    }
    await expect(profilePage.details).toContainText('Given name');
    await expect(profilePage.details).toContainText('Ada');
    await expect(profilePage.details).toContainText('December 10, 1815');
    await expect(profilePage.details).toContainText('Europe/London');
    await expect(profilePage.address).toContainText('United Kingdom');
    expect((await page.goto('/account/profile/details'))?.status()).toBe(404);
  });

  test('a read-only picture shows without upload, link or remove', async ({
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.setFieldModes({ avatar: 'ReadOnly' });
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.open('picture');
    await expect(profilePage.form.getByLabel('Name', { exact: true })).toBeEditable();
    await expect(profilePage.form.getByLabel('Picture to upload')).toHaveCount(0);
    await expect(profilePage.form.getByLabel('Profile picture URL')).toHaveCount(0);
    await expect(profilePage.form.getByRole('button', { name: 'Remove picture' })).toHaveCount(0);
    await expect(profilePage.form).toContainText('Managed by your organization');
  });

  test('with every field off, only the page shell remains', async ({
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.setAccountCenter({ enabled: true, fields: {} });
    await profilePage.goto();
    await signInPage.signIn();
    await expect(profilePage.heading).toBeVisible();
    await expect(profilePage.basicInfo).toHaveCount(0);
    await expect(profilePage.identifiers).toHaveCount(0);
    await expect(profilePage.details).toHaveCount(0);
    await expect(profilePage.address).toHaveCount(0);
  });

  test('a field locked after the page loaded is explained on save', async ({
    signedIn,
    standIn,
    profilePage,
  }) => {
    expect(signedIn).toBeTruthy();
    await profilePage.open('picture');
    await standIn.setFieldModes({ name: 'ReadOnly' });
    await profilePage.changeName('Lady Lovelace');
    await expect(profilePage.form.getByRole('alert')).toContainText("can't be changed here");
    expect(await standIn.user('demo')).toMatchObject({ name: 'Ada Lovelace' });
  });

  test('an Account API switched off is explained in plain words', async ({
    page,
    standIn,
    signInPage,
    profilePage,
  }) => {
    await standIn.setAccountCenter({ enabled: false });
    await profilePage.goto();
    await signInPage.signIn();
    await expect(
      page.getByRole('heading', { name: "Account management isn't available" }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('enable the Account API');
    const menu = new UserMenu(page);
    await menu.open();
    await expect(menu.signOutButton()).toBeVisible();
  });
});
