import { expect, test } from './fixtures';
import { e2eUrls } from './urls';

test.describe('editing the profile', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('shows the account as Logto has it', async ({ profilePage }) => {
    await expect(profilePage.basicInfo.getByLabel('Name')).toHaveValue('Ada Lovelace');
    await expect(profilePage.identifiers).toContainText('demo');
    await expect(profilePage.identifiers).toContainText('ada@example.com');
    await expect(profilePage.identifiers).toContainText('+1 555 123 4567');
    await expect(profilePage.details.getByLabel('Given name')).toHaveValue('Ada');
  });

  test('a new name is saved, announced and kept after reload', async ({
    page,
    profilePage,
    standIn,
  }) => {
    await profilePage.changeName('Ada King');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your basic information has been saved.',
    );
    await expect(page.getByRole('banner')).toContainText('Ada King');
    await page.reload();
    await expect(profilePage.basicInfo.getByLabel('Name')).toHaveValue('Ada King');
    expect(await standIn.user('demo')).toMatchObject({ name: 'Ada King' });
  });

  test('profile claims and the address are saved together', async ({
    page,
    profilePage,
    standIn,
  }) => {
    await profilePage.fillDetails({
      Nickname: 'Countess',
      'Time zone': 'Europe/London',
      City: 'London',
    });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(
      'Your personal details have been saved.',
    );
    await page.reload();
    await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Countess');
    await expect(profilePage.details.getByLabel('City')).toHaveValue('London');
    // Claims not on the form stay as they were: Logto merges one level deep.
    expect(await standIn.user('demo')).toMatchObject({
      profile: {
        givenName: 'Ada',
        familyName: 'Lovelace',
        nickname: 'Countess',
        zoneinfo: 'Europe/London',
        address: { locality: 'London' },
      },
    });
  });

  test('an invalid picture URL is explained next to the field and nothing typed is lost', async ({
    profilePage,
    standIn,
  }) => {
    await profilePage.fillBasicInfo({ name: 'Augusta Ada', avatar: 'not a link' });
    await profilePage.saveBasicInfo();
    const avatar = profilePage.basicInfo.getByLabel('Profile picture URL');
    await expect(avatar).toHaveAttribute('aria-invalid', 'true');
    await expect(avatar).toHaveAccessibleDescription(
      /Enter a web address that starts with http:\/\/ or https:\/\//,
    );
    await expect(avatar).toHaveValue('not a link');
    await expect(profilePage.basicInfo.getByLabel('Name')).toHaveValue('Augusta Ada');
    await expect(profilePage.basicInfo.getByRole('alert')).toContainText('Nothing was saved');
    expect(await standIn.user('demo')).toMatchObject({ name: 'Ada Lovelace' });
  });

  test('invalid details are each explained and kept', async ({ profilePage }) => {
    await profilePage.fillDetails({
      Website: 'ftp://old',
      'Time zone': 'Mars/Olympus',
      Nickname: 'Ada',
    });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByLabel('Website')).toHaveAccessibleDescription(
      /web address/,
    );
    await expect(profilePage.details.getByLabel('Time zone')).toHaveAccessibleDescription(
      /Enter a time zone/,
    );
    await expect(profilePage.details.getByLabel('Nickname')).toHaveValue('Ada');
    await expect(profilePage.details.getByLabel('Time zone')).toHaveValue('Mars/Olympus');
  });

  test('a name longer than Logto stores is refused before it is sent', async ({ profilePage }) => {
    await profilePage.changeName('x'.repeat(129));
    await expect(profilePage.basicInfo.getByLabel('Name')).toHaveAccessibleDescription(
      /at most 128 characters/,
    );
  });

  test('a picture URL shows as the avatar in the header', async ({ page, profilePage }) => {
    const avatar = `${e2eUrls.standIn}/health?avatar`;
    await profilePage.fillBasicInfo({ avatar });
    await profilePage.saveBasicInfo();
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your basic information has been saved.',
    );
    await expect(page.getByRole('banner').getByRole('img')).toHaveAttribute('src', avatar);
  });

  test('the keyboard alone can edit and save', async ({ page, profilePage }) => {
    await profilePage.basicInfo.getByLabel('Name').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Ada K.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(profilePage.basicInfo.getByRole('button', { name: 'Save' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your basic information has been saved.',
    );
  });
});
