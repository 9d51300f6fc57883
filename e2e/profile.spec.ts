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
    await expect(profilePage.basicInfo.getByLabel('Name', { exact: true })).toHaveValue(
      'Ada Lovelace',
    );
    await expect(profilePage.identifiers).toContainText('demo');
    await expect(profilePage.identifiers).toContainText('ada@example.com');
    await expect(profilePage.identifiers).toContainText('+1 555 123 4567');
    await expect(
      profilePage.identifiers.getByRole('link', { name: 'Manage in Security' }),
    ).toBeVisible();
    await expect(profilePage.details.getByLabel('Given name')).toHaveValue('Ada');
  });

  test('each card saves on its own, with its own confirmation', async ({
    page,
    profilePage,
    standIn,
  }) => {
    await profilePage.changeName('Ada King');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(saved.picture);
    await expect(profilePage.details.getByRole('status')).toHaveText('');
    await expect(page.getByRole('banner')).toContainText('Ada King');

    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await expect(profilePage.address.getByRole('status')).toHaveText('');

    await profilePage.fillAddress({ City: 'London', 'Postal code': 'SW1Y 4LG' });
    await profilePage.saveAddress();
    await expect(profilePage.address.getByRole('status')).toHaveText(saved.address);

    await page.reload();
    await expect(profilePage.basicInfo.getByLabel('Name', { exact: true })).toHaveValue('Ada King');
    await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Countess');
    await expect(profilePage.address.getByLabel('City')).toHaveValue('London');
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

  test('an error replaces a stale confirmation', async ({ profilePage }) => {
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    const status = profilePage.details.getByRole('status');
    await expect(status).toHaveText(saved.details);
    await profilePage.fillDetails({ Website: 'ftp://old' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByLabel('Website')).toHaveAttribute('aria-invalid', 'true');
    await expect(status).toHaveText('');
  });

  test.describe('with JavaScript', () => {
    test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'focus and live edits need it');

    test('a confirmation goes as soon as its card is edited again', async ({ profilePage }) => {
      await profilePage.fillDetails({ Nickname: 'Countess' });
      await profilePage.saveDetails();
      const status = profilePage.details.getByRole('status');
      await expect(status).toHaveText(saved.details);
      await profilePage.details.getByLabel('Nickname').fill('Countess A.');
      await expect(status).toHaveText('');
      await profilePage.saveDetails();
      await expect(status).toHaveText(saved.details);
    });

    test('a failed save moves focus to the field in error', async ({ profilePage }) => {
      await profilePage.fillDetails({ Website: 'ftp://old', Nickname: 'Ada' });
      await profilePage.saveDetails();
      const website = profilePage.details.getByLabel('Website');
      await expect(website).toHaveAccessibleDescription(/web address/);
      await expect(website).toBeFocused();
      await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Ada');
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
      const summary = profilePage.details
        .getByRole('alert')
        .filter({ hasText: "There's a problem" });
      await summary.getByRole('link', { name: /^Website:/ }).click();
      await expect(page).toHaveURL(/#field-website$/);
      await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Ada');
    });
  });

  test('pickers save and show the chosen time zone, language and country', async ({
    page,
    profilePage,
    standIn,
  }) => {
    const { details, address } = profilePage;
    await profilePage.choose(details, 'Time zone', '(UTC+09:00) Asia/Tokyo', 'Tokyo');
    await profilePage.choose(details, 'Preferred language', 'Japanese', 'japan');
    await profilePage.saveDetails();
    await expect(details.getByRole('status')).toHaveText(saved.details);
    await profilePage.choose(address, 'Country or region', 'Japan');
    await profilePage.saveAddress();
    await expect(address.getByRole('status')).toHaveText(saved.address);
    expect(await standIn.user('demo')).toMatchObject({
      profile: { zoneinfo: 'Asia/Tokyo', locale: 'ja', address: { country: 'JP' } },
    });
    await page.reload();
    await expect(profilePage.pickerValue(details, 'zoneinfo')).toHaveValue('Asia/Tokyo');
    await expect(profilePage.pickerValue(details, 'locale')).toHaveValue('ja');
    await expect(profilePage.pickerValue(address, 'country')).toHaveValue('JP');
  });

  test('gender can be said in your own words', async ({ page, profilePage, standIn }) => {
    await profilePage.details
      .getByLabel('Gender', { exact: true })
      .selectOption('In your own words');
    await profilePage.details.getByLabel('Gender, in your own words').fill('Non-binary');
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    expect(await standIn.user('demo')).toMatchObject({ profile: { gender: 'Non-binary' } });
    await page.reload();
    await expect(profilePage.details.getByLabel('Gender, in your own words')).toHaveValue(
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
    await expect(profilePage.details).toContainText('Saved as “10 December 1815”');
    await expect(profilePage.pickerValue(profilePage.details, 'zoneinfo')).toHaveValue(
      'Mars/Olympus',
    );
    await profilePage.fillDetails({ Nickname: 'Countess' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(saved.details);
    await profilePage.saveAddress();
    await expect(profilePage.address.getByRole('status')).toHaveText(saved.address);
    expect((await standIn.user('demo')).profile).toMatchObject({
      ...profile,
      nickname: 'Countess',
    });
  });

  test('impossible and future birth dates are refused', async ({ profilePage, standIn }) => {
    const birthdate = profilePage.details.getByLabel('Date of birth');
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
    await expect(profilePage.details.getByLabel('Nickname')).toHaveAccessibleDescription(message);
    await profilePage.fillAddress({ City: 'Lon\u009bdon' });
    await profilePage.saveAddress();
    await expect(profilePage.address.getByLabel('City')).toHaveAccessibleDescription(message);
    await profilePage.changeName('Ada\u001b[31m');
    await expect(
      profilePage.basicInfo.getByLabel('Name', { exact: true }),
    ).toHaveAccessibleDescription(message);
    expect(await standIn.user('demo')).toMatchObject({
      name: 'Ada Lovelace',
      profile: { givenName: 'Ada', familyName: 'Lovelace' },
    });
    expect(await standIn.user('demo')).not.toHaveProperty('profile.nickname');
  });

  test('a name longer than Logto stores is refused before it is sent', async ({ profilePage }) => {
    await profilePage.changeName('x'.repeat(129));
    await expect(
      profilePage.basicInfo.getByLabel('Name', { exact: true }),
    ).toHaveAccessibleDescription(/at most 128 characters/);
  });

  test('the keyboard alone can edit and save', async ({ page, profilePage }) => {
    await profilePage.basicInfo.getByLabel('Name', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Ada K.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(profilePage.saveButton(profilePage.basicInfo)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(saved.picture);
  });

  test('Japanese puts the family name first and the address from the postal code down', async ({
    profilePage,
  }) => {
    await profilePage.chooseLanguage('日本語');
    const details = profilePage.section('個人情報');
    const names = details.getByRole('textbox');
    await expect(names.nth(0)).toHaveAccessibleName('姓');
    await expect(names.nth(0)).toHaveValue('Lovelace');
    await expect(names.nth(1)).toHaveAccessibleName('名');
    const address = profilePage.section('住所');
    await expect(address.getByRole('textbox').first()).toHaveAccessibleName('郵便番号');
    await expect(address.getByLabel('都道府県')).toBeVisible();
  });
});
