import { solidPng } from '../dev-identity/testing/images';

import { expect, test } from './fixtures';

test('shots', async ({ page, signedIn, profilePage, standIn, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled);
  expect(signedIn).toBeTruthy();
  await page.setViewportSize({ width: 1280, height: 900 });
  await profilePage.whenInteractive();
  await page.screenshot({ path: '/tmp/shot-profile.png', fullPage: true });
  await profilePage.details.getByRole('combobox', { name: 'Time zone' }).fill('tok');
  await page.screenshot({ path: '/tmp/shot-picker.png', fullPage: true });
  await page.keyboard.press('Escape');
  await profilePage.basicInfo
    .getByLabel('Picture to upload')
    .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: solidPng(64) });
  await page.screenshot({ path: '/tmp/shot-crop.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await standIn.setFieldModes({ profile: 'ReadOnly', name: 'ReadOnly' });
  await page.reload();
  await page.screenshot({ path: '/tmp/shot-readonly.png', fullPage: true });
  await standIn.setFieldModes({});
  await profilePage.chooseLanguage('日本語');
  await page.screenshot({ path: '/tmp/shot-ja.png', fullPage: true });
});
