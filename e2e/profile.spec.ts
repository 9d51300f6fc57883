import { expect, test } from './fixtures';

const saved = {
  picture: 'Your name and picture have been saved.',
  details: 'Your personal details have been saved.',
  address: 'Your address has been saved.',
};

test.describe('editing the profile', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('shows the account as Logto has it', async ({ profilePage }) => {
    await expect(profilePage.basicInfo).toContainText('Ada Lovelace');
    await expect(profilePage.identifiers).toContainText('demo');
    await expect(profilePage.identifiers).toContainText('ada@example.com');
    await expect(profilePage.identifiers).toContainText('+1 555 123 4567');
    await expect(
      profilePage.identifiers.getByRole('link', { name: 'Manage in Security' }),
    ).toBeVisible();
    await expect(profilePage.details).toContainText('Given name');
    await expect(profilePage.details).toContainText('Ada');
    await profilePage.open('details');
    await expect(profilePage.form.getByLabel('Given name')).toHaveValue('Ada');
  });

  test('each card opens its own task and confirms its save', async ({
    page,
    profilePage,
    standIn,
  }) => {
    await profilePage.changeName('Ada King');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(saved.picture);
    await expect(profilePage.details.getByRole('status')).toHaveCount(0);
    await expect(page.getByRole('banner')).toContainText('Ada King');

    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await expect(profilePage.basicInfo.getByRole('status')).toHaveCount(0);

    await profilePage.fillAddress({ City: 'London', 'Postal code': 'SW1Y 4LG' });
    await profilePage.saveAddress();
    await expect(profilePage.address.getByRole('status')).toHaveText(saved.address);

    await profilePage.goto();
    await expect(profilePage.basicInfo).toContainText('Ada King');
    await expect(profilePage.details).toContainText('Countess');
    await expect(profilePage.address).toContainText('London');
    // Claims not on a card stay as they were: Logto merges one level deep.
    expect(await standIn.user('demo')).toMatchObject({
      name: 'Ada King',
      profile: {
        givenName: 'Ada',
        familyName: 'Lovelace',
        nickname: 'Countess',
        address: { locality: 'London', postalCode: 'SW1Y 4LG' },
      },
    });
  });

  test('a confirmation goes when the next task opens, and an error stays in the task', async ({
    page,
    profilePage,
  }) => {
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await profilePage.fillDetails({ Website: 'ftp://old' });
    await profilePage.saveDetails();
    await expect(profilePage.form.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/account\/profile\/details$/);
    await expect(page.getByRole('status').filter({ hasText: saved.details })).toHaveCount(0);
  });

  test('Cancel goes back to the profile without saving', async ({ page, profilePage, standIn }) => {
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.form.getByRole('link', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(profilePage.details).not.toContainText('Countess');
    expect(await standIn.user('demo')).not.toHaveProperty('profile.nickname');
  });

  test('a task reached by its URL is a page of its own', async ({ page, profilePage }) => {
    await profilePage.goto('/account/profile/address');
    await expect(page).toHaveTitle(/^Address/);
    await expect(page.getByRole('heading', { level: 1, name: 'Address' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to profile' }).click();
    await expect(profilePage.heading).toBeVisible();
    expect((await page.goto('/account/profile/nothing'))?.status()).toBe(404);
  });

  test.describe('with JavaScript', () => {
    test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'dialogs and focus need it');

    test('a task opens as a dialog over the profile, and Escape closes it', async ({
      page,
      profilePage,
    }) => {
      await profilePage.openDialog('address');
      const dialog = page.getByRole('dialog', { name: 'Address' });
      await expect(profilePage.heading).toBeAttached();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page).toHaveURL(/\/account$/);
    });

    test('a failed save moves focus to the field in error', async ({ profilePage }) => {
      await profilePage.fillDetails({ Website: 'ftp://old', Nickname: 'Ada' });
      await profilePage.saveDetails();
      const website = profilePage.form.getByLabel('Website');
      await expect(website).toHaveAccessibleDescription(/web address/);
      await expect(website).toBeFocused();
      await expect(profilePage.form.getByLabel('Nickname')).toHaveValue('Ada');
    });

    test('a confirmation takes focus on the card that was saved', async ({ profilePage }) => {
      await profilePage.fillAddress({ City: 'London' });
      await profilePage.saveAddress();
      await expect(profilePage.address.getByRole('status')).toBeFocused();
    });
  });

  test.describe('without JavaScript', () => {
    test.skip(({ javaScriptEnabled }) => javaScriptEnabled, 'the summary is the no-JS path');

    test('a failed save lists what to fix, each a link to its field', async ({
      page,
      profilePage,
    }) => {
      await profilePage.fillDetails({ Website: 'ftp://old', Nickname: 'Ada' });
      await profilePage.saveDetails();
      const summary = profilePage.form.getByRole('alert').filter({ hasText: "There's a problem" });
      await summary.getByRole('link', { name: /^Website:/ }).click();
      await expect(page).toHaveURL(/#field-website$/);
      await expect(profilePage.form.getByLabel('Nickname')).toHaveValue('Ada');
    });
  });

  test('pickers save and show the chosen time zone, language and country', async ({
    profilePage,
    standIn,
  }) => {
    await profilePage.choose('details', 'Time zone', '(UTC+09:00) Asia/Tokyo', 'Tokyo');
    await profilePage.choose('details', 'Preferred language', 'Japanese', 'japan');
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await expect(profilePage.details).toContainText('Asia/Tokyo');
    await expect(profilePage.details).toContainText('Japanese');
    await profilePage.choose('address', 'Country or region', 'Japan');
    await profilePage.saveAddress();
    await expect(profilePage.address.getByRole('status')).toHaveText(saved.address);
    await expect(profilePage.address).toContainText('Japan');
    expect(await standIn.user('demo')).toMatchObject({
      profile: { zoneinfo: 'Asia/Tokyo', locale: 'ja', address: { country: 'JP' } },
    });
    await profilePage.open('details');
    await expect(profilePage.pickerValue('zoneinfo')).toHaveValue('Asia/Tokyo');
    await expect(profilePage.pickerValue('locale')).toHaveValue('ja');
  });

  test('gender can be said in your own words', async ({ profilePage, standIn }) => {
    await profilePage.open('details');
    await profilePage.form.getByLabel('Gender', { exact: true }).selectOption('In your own words');
    await profilePage.form.getByLabel('Gender, in your own words').fill('Non-binary');
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await expect(profilePage.details).toContainText('Non-binary');
    expect(await standIn.user('demo')).toMatchObject({ profile: { gender: 'Non-binary' } });
    await profilePage.open('details');
    await expect(profilePage.form.getByLabel('Gender, in your own words')).toHaveValue(
      'Non-binary',
    );
  });

  test('values that fit no picker are shown and kept on the next save', async ({
    page,
    profilePage,
    standIn,
  }) => {
    const profile = {
      givenName: 'Ada',
      familyName: 'Lovelace',
      zoneinfo: 'Mars/Olympus',
      locale: 'ja-JP',
      gender: 'Enchantress of numbers',
      birthdate: '10 December 1815',
      address: { country: 'United Kingdom', formatted: '12 St James’s Square, London' },
    };
    await standIn.updateUser('demo', { profile });
    await page.reload();
    await expect(profilePage.details).toContainText('10 December 1815');
    await expect(profilePage.details).toContainText('Mars/Olympus');
    await profilePage.open('details');
    await expect(profilePage.form).toContainText('Saved as “10 December 1815”');
    await expect(profilePage.pickerValue('zoneinfo')).toHaveValue('Mars/Olympus');
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await profilePage.open('address');
    await profilePage.saveAddress();
    await expect(profilePage.address.getByRole('status')).toHaveText(saved.address);
    expect((await standIn.user('demo')).profile).toMatchObject({
      ...profile,
      nickname: 'Countess',
    });
  });

  test('impossible and future birth dates are refused', async ({ profilePage, standIn }) => {
    await profilePage.open('details');
    const birthdate = profilePage.form.getByLabel('Date of birth');
    await birthdate.fill('2999-01-01');
    await profilePage.saveDetails();
    await expect(birthdate).toHaveAccessibleDescription("Enter a date that isn't in the future.");
    for (const impossible of ['2025-02-30', '2023-02-29', '2025-04-31']) {
      await profilePage.enterRawBirthdate(impossible);
      await profilePage.saveDetails();
      await expect(birthdate).toHaveAccessibleDescription(
        'Enter a date that exists, such as 1815-12-10.',
      );
    }
    expect(await standIn.user('demo')).not.toHaveProperty('profile.birthdate');
  });

  test('control characters are refused before anything is sent', async ({
    profilePage,
    standIn,
  }) => {
    const message = /hidden control character/;
    await profilePage.fillDetails({ Nickname: 'Ada\u0007' });
    await profilePage.saveDetails();
    await expect(profilePage.form.getByLabel('Nickname')).toHaveAccessibleDescription(message);
    await profilePage.goto();
    await profilePage.fillAddress({ City: 'Lon\u009bdon' });
    await profilePage.saveAddress();
    await expect(profilePage.form.getByLabel('City')).toHaveAccessibleDescription(message);
    await profilePage.goto();
    await profilePage.changeName('Ada\u001b[31m');
    await expect(profilePage.form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
      message,
    );
    expect(await standIn.user('demo')).toMatchObject({
      name: 'Ada Lovelace',
      profile: { givenName: 'Ada', familyName: 'Lovelace' },
    });
    expect(await standIn.user('demo')).not.toHaveProperty('profile.nickname');
  });

  test('a name longer than Logto stores is refused before it is sent', async ({ profilePage }) => {
    await profilePage.changeName('x'.repeat(129));
    await expect(profilePage.form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
      /at most 128 characters/,
    );
  });

  test('the keyboard alone can open a task, edit and save', async ({ page, profilePage }) => {
    const edit = profilePage.basicInfo.getByRole('link', { name: 'Edit profile picture and name' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const name = profilePage.form.getByLabel('Name', { exact: true });
    await expect(name).toBeVisible();
    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Ada K.');
    await page.keyboard.press('Enter');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(saved.picture);
    await expect(profilePage.basicInfo).toContainText('Ada K.');
  });

  test('Japanese puts the family name first and the address from the postal code down', async ({
    page,
    profilePage,
  }) => {
    await profilePage.chooseLanguage('日本語');
    await page.getByRole('link', { name: '個人情報を編集' }).click();
    const names = profilePage.form.getByRole('textbox');
    await expect(names.nth(0)).toHaveAccessibleName('姓');
    await expect(names.nth(0)).toHaveValue('Lovelace');
    await expect(names.nth(1)).toHaveAccessibleName('名');
    await profilePage.goto();
    await page.getByRole('link', { name: '住所を編集' }).click();
    await expect(profilePage.form.getByRole('textbox').first()).toHaveAccessibleName('郵便番号');
    await expect(profilePage.form.getByLabel('都道府県')).toBeVisible();
  });
});
