import { expect, type Page } from '@playwright/test';

import { DEMO_PASSWORD, DEMO_USERNAME } from '../../dev-identity/defaults';

/**
 * The stand-in's sign-in page, as Logto's would be. Found by its form rather than its words: it
 * speaks the language the portal asks for (`ui_locales`).
 */
export class SignInPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get form() {
    return this.page.locator('form[action*="/oidc/interaction/"]');
  }

  async expectShown(title: string | RegExp = /.+/) {
    await expect(this.form).toBeVisible();
    await expect(this.heading).toHaveText(title);
  }

  async signIn(username = DEMO_USERNAME, password = DEMO_PASSWORD) {
    await this.expectShown();
    await this.form.locator('#username').fill(username);
    await this.form.locator('#password').fill(password);
    await this.form.locator('button[type="submit"]').click();
  }
}
