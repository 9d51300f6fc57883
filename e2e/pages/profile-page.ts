import { expect, type Page } from '@playwright/test';

import { UserMenu } from './user-menu';

/** `/account`: the profile page and the account shell around it. */
export class ProfilePage {
  constructor(private readonly page: Page) {}

  async goto(path = '/account') {
    await this.page.goto(path);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Profile' });
  }

  section(name: string) {
    return this.page.getByRole('region', { name });
  }

  get basicInfo() {
    return this.section('Basic information');
  }

  get details() {
    return this.section('Personal details');
  }

  get identifiers() {
    return this.section('Sign-in identifiers');
  }

  async expectSignedIn(displayName = 'Ada Lovelace') {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('banner')).toContainText(displayName);
  }

  async changeName(name: string) {
    await this.basicInfo.getByLabel('Name').fill(name);
    await this.basicInfo.getByRole('button', { name: 'Save' }).click();
  }

  async fillBasicInfo(values: { name?: string; avatar?: string }) {
    if (values.name !== undefined) await this.basicInfo.getByLabel('Name').fill(values.name);
    if (values.avatar !== undefined)
      await this.basicInfo.getByLabel('Profile picture URL').fill(values.avatar);
  }

  async saveBasicInfo() {
    await this.basicInfo.getByRole('button', { name: 'Save' }).click();
  }

  async fillDetails(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await this.details.getByLabel(label, { exact: true }).fill(value);
    }
  }

  async saveDetails() {
    await this.details.getByRole('button', { name: 'Save details' }).click();
  }

  async signOut() {
    await new UserMenu(this.page).signOut();
  }

  async chooseLanguage(label: string) {
    await new UserMenu(this.page).chooseLanguage(label);
  }
}
