import { expect, test, type Locator, type Page } from '@playwright/test';

export type PictureFile = { name: string; mimeType: string; buffer: Buffer };

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

  /** The "Profile picture and name" card. */
  get basicInfo() {
    return this.section('Profile picture and name');
  }

  get details() {
    return this.section('Personal details');
  }

  get address() {
    return this.section('Address');
  }

  get identifiers() {
    return this.section('Sign-in identifiers');
  }

  /** The picture shown in the profile card (an image or the initial). */
  get picture() {
    return this.basicInfo.getByRole('img', { name: 'Preview of your profile picture' });
  }

  saveButton(card: Locator) {
    return card.getByRole('button', { name: 'Save', exact: true });
  }

  async expectSignedIn(displayName = 'Ada Lovelace') {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('banner')).toContainText(displayName);
  }

  async changeName(name: string) {
    await this.basicInfo.getByLabel('Name', { exact: true }).fill(name);
    await this.saveBasicInfo();
  }

  async fillBasicInfo(values: { name?: string; avatar?: string }) {
    if (values.name !== undefined)
      await this.basicInfo.getByLabel('Name', { exact: true }).fill(values.name);
    if (values.avatar !== undefined)
      await this.basicInfo.getByLabel('Profile picture URL').fill(values.avatar);
  }

  async saveBasicInfo() {
    await this.saveButton(this.basicInfo).click();
  }

  /** Chooses a picture; with JavaScript it is cropped first ("Use this picture"). */
  async uploadPicture(file: PictureFile) {
    // With JavaScript, the page takes the file once it has hydrated; choose it after that.
    await this.whenInteractive();
    await this.basicInfo.getByLabel('Picture to upload').setInputFiles(file);
    if (test.info().project.use.javaScriptEnabled === false) {
      await this.basicInfo.getByRole('button', { name: 'Upload picture' }).click();
      return;
    }
    await this.page
      .getByRole('dialog', { name: 'Crop your picture' })
      .getByRole('button', { name: 'Use this picture' })
      .click();
  }

  async removePicture() {
    await this.basicInfo.getByRole('button', { name: 'Remove picture' }).click();
  }

  /** Fills text fields of a card by label. */
  async fill(card: Locator, values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await card.getByLabel(label, { exact: true }).fill(value);
    }
  }

  async fillDetails(values: Record<string, string>) {
    await this.fill(this.details, values);
  }

  async saveDetails() {
    await this.saveButton(this.details).click();
  }

  async fillAddress(values: Record<string, string>) {
    await this.fill(this.address, values);
  }

  async saveAddress() {
    await this.saveButton(this.address).click();
  }

  /** With JavaScript, waits until the page has hydrated (the pickers have become comboboxes). */
  async whenInteractive() {
    if (test.info().project.use.javaScriptEnabled === false) return;
    await expect(
      this.details.getByRole('combobox', { name: 'Time zone', exact: true }),
    ).toHaveAttribute('aria-autocomplete', 'list');
  }

  /**
   * Types a birthdate the date input itself would refuse (30 February), as a script or an older
   * browser without date inputs could send it.
   */
  async enterRawBirthdate(value: string) {
    await this.whenInteractive();
    const input = this.details.getByLabel('Date of birth');
    // React may render the input again (as a date input) just after a save: retry until it holds.
    await expect(async () => {
      await input.evaluate((element) => element.setAttribute('type', 'text'));
      await input.fill(value);
      await expect(input).toHaveValue(value, { timeout: 500 });
    }).toPass();
  }

  /**
   * Picks an option in a picker: the native select without JavaScript, the searchable combobox
   * with it (typing `search`, then choosing the option named `option`).
   */
  async choose(card: Locator, label: string, option: string, search = option) {
    await this.whenInteractive();
    const field = card.getByRole('combobox', { name: label, exact: true });
    if ((await field.getAttribute('aria-autocomplete')) === 'list') {
      await field.fill(search);
      await card.getByRole('option', { name: option }).first().click();
    } else {
      await field.selectOption({ label: option });
    }
  }

  /** The value a picker will send. */
  pickerValue(card: Locator, name: string) {
    return card.locator(`[name="${name}"]`);
  }

  async signOut() {
    await new UserMenu(this.page).signOut();
  }

  async chooseLanguage(label: string) {
    await new UserMenu(this.page).chooseLanguage(label);
  }
}
