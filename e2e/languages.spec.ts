import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

type AppCatalog = typeof import('../lib/i18n/messages/en/app.json');

/** A language's main catalog, read as the portal reads it (so the specs follow its wording). */
const catalog = (locale: string): AppCatalog =>
  JSON.parse(
    readFileSync(new URL(`../lib/i18n/messages/${locale}/app.json`, import.meta.url), 'utf8'),
  ) as AppCatalog;

const [ar, de, fr] = [catalog('ar'), catalog('de'), catalog('fr')];

const html = (page: Page) => page.locator('html');

test.describe('the language from the browser', () => {
  for (const [browser, expected] of [
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['zh-Hant-TW', 'zh-TW'],
    ['fa', 'fa-IR'],
    ['sv-SE', 'en'],
  ] as const) {
    test.describe(`a browser that asks for ${browser}`, () => {
      test.use({ locale: browser });

      test(`gets ${expected}`, async ({ page }) => {
        await page.goto('/');
        await expect(html(page)).toHaveAttribute('lang', expected);
      });
    });
  }
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test("Logto's sign-in page is asked for the same language (ui_locales)", async ({
    page,
    signInPage,
  }) => {
    await page.goto('/account');
    await signInPage.expectShown('Anmelden');
    await expect(html(page)).toHaveAttribute('lang', 'de');
    await signInPage.signIn();
    await expect(page.getByRole('heading', { level: 1, name: de.profile.title })).toBeVisible();
  });
});

test('the language saved in the profile wins over the browser’s', async ({
  page,
  standIn,
  signInPage,
}) => {
  await standIn.updateUser('demo', { profile: { locale: 'fr-CA' } });
  await page.goto('/account');
  await signInPage.signIn();
  await expect(page.getByRole('heading', { level: 1, name: fr.profile.title })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'fr');
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG', viewport: { width: 1280, height: 800 } });

  test('the page runs right to left, the sections on the right, and a change saves', async ({
    page,
    signInPage,
    profilePage,
  }) => {
    await page.goto('/account');
    await signInPage.expectShown('تسجيل الدخول');
    await expect(html(page)).toHaveAttribute('dir', 'rtl');
    await signInPage.signIn();
    await expect(html(page)).toHaveAttribute('dir', 'rtl');
    await expect(html(page)).toHaveAttribute('lang', 'ar');

    const nav = page.getByRole('navigation', { name: ar.nav.label });
    const main = page.getByRole('main');
    const [navBox, mainBox] = await Promise.all([nav.boundingBox(), main.boundingBox()]);
    expect(navBox && mainBox && navBox.x > mainBox.x).toBe(true);

    const card = page.getByRole('region', { name: ar.profile.picture.title });
    await card.getByRole('link', { name: ar.profile.picture.editLabel }).click();
    const task = profilePage.form;
    await task.getByLabel(ar.profile.picture.name, { exact: true }).fill('آدا لوفليس');
    await task.getByRole('button', { name: ar.profile.picture.save, exact: true }).click();
    await expect(card.getByRole('status')).toHaveText(ar.profile.picture.saved);
    await expect(card).toContainText('آدا لوفليس');
  });
});

for (const locale of ['ar', 'de'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`accessibility in ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'axe needs JavaScript in the page');

      test('the profile and security pages', async ({ page, signInPage }) => {
        await page.goto('/account');
        await signInPage.signIn();
        for (const path of ['/account', '/account/security']) {
          await page.goto(path);
          await expect(page.getByRole('main')).toBeVisible();
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
            .analyze();
          expect(violations.map(({ id }) => `${path}: ${id}`)).toEqual([]);
        }
      });
    });
  }
}
