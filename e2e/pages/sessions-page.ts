import { expect, type Locator, type Page } from '@playwright/test';

import { DEMO_PASSWORD } from '../../dev-identity/defaults';

/** `/account/sessions` and `/account/apps`: lists behind step-up, each action a confirmation. */
export class SessionsPage {
  constructor(private readonly page: Page) {}

  /** Where the user is acting now: the open dialog, or else the page. */
  get area(): Locator {
    return this.page.locator('dialog[open], body:not(:has(dialog[open])) main');
  }

  async goto(path: '/account/sessions' | '/account/apps' = '/account/sessions') {
    await this.page.goto(path);
  }

  /** Confirms it's the user with the password, from the list's prompt. */
  async confirmItsYou(password = DEMO_PASSWORD) {
    await this.page.getByRole('button', { name: "Confirm it's you" }).click();
    await expect(this.page.getByRole('heading', { name: "Confirm it's you" })).toBeVisible();
    await this.area.getByLabel('Your password').fill(password);
    await this.area.getByRole('button', { name: 'Confirm' }).click();
  }

  get sessions() {
    return this.page.getByRole('region', { name: "Where you're signed in" }).getByRole('listitem');
  }

  session(name: RegExp | string) {
    return this.sessions.filter({ hasText: name });
  }

  get currentSession() {
    return this.sessions.filter({ hasText: 'This device' });
  }

  get flash() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first();
  }

  /** Confirms the step that is open (dialog or page) with its danger button. */
  async confirm(name: string | RegExp) {
    await this.area.getByRole('button', { name }).click();
  }
}
