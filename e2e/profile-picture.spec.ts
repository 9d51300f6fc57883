import { solidPng } from '../dev-identity/testing/images';

import { expect, test } from './fixtures';
import { e2eUrls } from './urls';

const savedPicture = 'Your name and picture have been saved.';

test.describe('the profile picture', () => {
  test.beforeEach(async ({ signedIn }) => {
    expect(signedIn).toBeTruthy();
  });

  test('picture links must be public https, or from a host the operator lists', async ({
    page,
    profilePage,
  }) => {
    const url = profilePage.form.getByLabel('Profile picture URL');
    const refused: [string, RegExp][] = [
      ['http://pictures.example/ada.png', /starts with https:\/\//],
      ['https://192.0.2.10/ada.png', /not an IP address/],
      ['https://ada:secret@pictures.example/ada.png', /user name or password/],
      ['https://localhost/ada.png', /not localhost/],
      ['https://pictures.example/ada.png', /can only come from localhost:\d+/],
    ];
    for (const [link, reason] of refused) {
      await profilePage.fillBasicInfo({ avatar: link });
      await profilePage.saveBasicInfo();
      await expect(url).toHaveAccessibleDescription(reason);
    }
    const allowed = `${e2eUrls.standIn}/health?avatar`;
    await profilePage.fillBasicInfo({ avatar: allowed });
    await profilePage.saveBasicInfo();
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(savedPicture);
    await expect(page.getByRole('banner').getByRole('img')).toHaveAttribute('src', allowed);
  });

  test('an uploaded picture shows in the profile card and the header, and can be removed', async ({
    page,
    profilePage,
    standIn,
  }) => {
    await profilePage.uploadPicture({
      name: 'ada.png',
      mimeType: 'image/png',
      buffer: solidPng(64),
    });
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your new picture has been saved.',
    );
    const stored = (await standIn.user('demo')).avatar as string;
    expect(stored).toMatch(new RegExp(`^${e2eUrls.standIn}/user-assets/[\\w-]+\\.(webp|png)$`));
    await expect(profilePage.picture).toHaveAttribute('src', stored);
    await profilePage.open('picture');
    await expect(profilePage.picturePreview).toHaveAttribute('src', stored);
    await expect(profilePage.form.getByLabel('Profile picture URL')).toHaveValue(stored);
    // The account menu in the header shows it too.
    await expect(
      page.getByRole('banner').getByRole('img', { name: 'Profile picture of Ada Lovelace' }),
    ).toHaveAttribute('src', stored);

    await profilePage.removePicture();
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your picture has been removed.',
    );
    await expect(profilePage.picture).toHaveText('A');
    expect(await standIn.user('demo')).toMatchObject({ avatar: null });
  });

  const notAPicture = { name: 'ada.png', mimeType: 'image/png', buffer: Buffer.from('no') };

  test('with JavaScript, a file the browser cannot open is said so before anything is sent', async ({
    page,
    profilePage,
    javaScriptEnabled,
  }) => {
    test.skip(!javaScriptEnabled, 'the crop step needs JavaScript');
    await profilePage.open('picture');
    await expect(profilePage.form.getByRole('button', { name: 'Upload picture' })).toHaveCount(0);
    await profilePage.form.getByLabel('Picture to upload').setInputFiles(notAPicture);
    const crop = page.getByRole('dialog', { name: 'Crop your picture' });
    await expect(crop.getByRole('alert')).toContainText("couldn't be opened as a picture");
    await crop.getByRole('button', { name: 'Cancel' }).click();
    await expect(crop).toBeHidden();
  });

  test("without JavaScript, Logto's refusal shows next to the upload", async ({
    profilePage,
    javaScriptEnabled,
  }) => {
    test.skip(javaScriptEnabled, 'with JavaScript the file is checked before it is sent');
    await profilePage.open('picture');
    await profilePage.form.getByLabel('Picture to upload').setInputFiles(notAPicture);
    await profilePage.form.getByRole('button', { name: 'Upload picture' }).click();
    await expect(profilePage.form.getByLabel('Picture to upload')).toHaveAccessibleDescription(
      /file type isn't supported/,
    );
  });

  test('without storage at the tenant, upload is hidden and the link stays', async ({
    profilePage,
    standIn,
  }) => {
    await standIn.setStorage(false);
    await profilePage.uploadPicture({
      name: 'ada.png',
      mimeType: 'image/png',
      buffer: solidPng(8),
    });
    await expect(profilePage.form.getByRole('alert')).toContainText(
      "Picture uploads aren't available",
    );
    await expect(profilePage.form.getByLabel('Picture to upload')).toHaveCount(0);
    await expect(profilePage.form.getByLabel('Profile picture URL')).toBeVisible();
    await profilePage.goto();
    await profilePage.open('picture');
    await expect(profilePage.form.getByLabel('Profile picture URL')).toBeVisible();
    await expect(profilePage.form.getByLabel('Picture to upload')).toHaveCount(0);
    expect(await standIn.user('demo')).toMatchObject({ avatar: null });
  });
});
