import { expect, type Page } from '@playwright/test';

import { DEMO_PASSWORD, DEMO_USERNAME } from '../../dev-identity/defaults';

/** The stand-in's sign-in page, as Logto's would be. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Sign in' });
  }

  async expectShown() {
    await expect(this.heading).toBeVisible();
  }

  async signIn(username = DEMO_USERNAME, password = DEMO_PASSWORD) {
    await this.expectShown();
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
