import { expect, type Page } from '@playwright/test';

/** The menu at the top end of every account page: who is signed in, language, sign-out. */
export class UserMenu {
  constructor(private readonly page: Page) {}

  get toggle() {
    return this.page.getByRole('banner').locator('summary');
  }

  async open() {
    const details = this.page.getByRole('banner').locator('details');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await this.toggle.click();
    }
    await expect(details).toHaveJSProperty('open', true);
  }

  signOutButton(name = 'Sign out') {
    return this.page.getByRole('banner').getByRole('button', { name });
  }

  async signOut() {
    await this.open();
    await this.signOutButton().click();
  }

  /** Picks a language; it applies on change with JavaScript, with its button without. */
  async chooseLanguage(language: string, label = 'Language', button = 'Change language') {
    await this.open();
    await this.page
      .getByRole('banner')
      .getByLabel(label, { exact: true })
      .selectOption({ label: language });
    const submit = this.page.getByRole('banner').getByRole('button', { name: button });
    if (await submit.count()) await submit.click();
  }
}
