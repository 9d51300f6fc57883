import { expect, type Page } from '@playwright/test';

/** The stand-in's page for a social provider (served on 127.0.0.1: another site than the portal). */
export class ProviderPage {
  constructor(private readonly page: Page) {}

  async expectShown(provider: string) {
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Sign in with ${provider}` }),
    ).toBeVisible();
    expect(new URL(this.page.url()).hostname).toBe('127.0.0.1');
  }

  async authorize(provider: string, identity: { id?: string; name?: string; email?: string } = {}) {
    await this.expectShown(provider);
    if (identity.id) await this.page.getByLabel('Account ID').fill(identity.id);
    if (identity.name) await this.page.getByLabel('Display name').fill(identity.name);
    if (identity.email) await this.page.getByLabel('Email').fill(identity.email);
    await this.page.getByRole('button', { name: 'Authorize' }).click();
    // A form_post provider answers with a page that posts back; without JavaScript it needs a click.
    const continueButton = this.page.getByRole('button', { name: 'Continue' });
    if (await continueButton.isVisible().catch(() => false)) await continueButton.click();
  }

  async cancel(provider: string) {
    await this.expectShown(provider);
    await this.page.getByRole('button', { name: 'Cancel' }).click();
    const continueButton = this.page.getByRole('button', { name: 'Continue' });
    if (await continueButton.isVisible().catch(() => false)) await continueButton.click();
  }
}
