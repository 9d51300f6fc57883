import { expect, test, type Locator, type Page } from '@playwright/test';

export type PictureFile = { name: string; mimeType: string; buffer: Buffer };

import { UserMenu } from './user-menu';

type Task = 'picture' | 'details' | 'address';

const tasks: Record<Task, { card: string; edit: string }> = {
  picture: { card: 'Profile picture and name', edit: 'Edit profile picture and name' },
  details: { card: 'Personal details', edit: 'Edit personal details' },
  address: { card: 'Address', edit: 'Edit address' },
};

/**
 * `/account`: the profile's summary cards, each opening its task with "Edit" — a dialog over the
 * profile with JavaScript, a page of its own without — and the account shell around them.
 */
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

  /** The "Profile picture and name" card of the summary. */
  get basicInfo() {
    return this.section(tasks.picture.card);
  }

  get details() {
    return this.section(tasks.details.card);
  }

  get address() {
    return this.section(tasks.address.card);
  }

  get identifiers() {
    return this.section('Sign-in identifiers');
  }

  /** Where the user is editing now: the open dialog, or else the task's page. */
  get form(): Locator {
    return this.page.locator('dialog[open], body:not(:has(dialog[open])) main');
  }

  /** The picture shown on the summary card (an image or the initial). */
  get picture() {
    return this.basicInfo.getByRole('img', { name: 'Preview of your profile picture' });
  }

  /** The picture's live preview in the task. */
  get picturePreview() {
    return this.form.getByRole('img', { name: 'Preview of your profile picture' });
  }

  get saveButton() {
    return this.form.getByRole('button', { name: 'Save', exact: true });
  }

  /** Opens a card's task with its "Edit" link, unless it is open already. */
  async open(task: Task) {
    const path = `/account/profile/${task}`;
    if (new URL(this.page.url()).pathname === path) return;
    await this.section(tasks[task].card).getByRole('link', { name: tasks[task].edit }).click();
    await expect(this.page).toHaveURL((url) => url.pathname === path);
    await expect(this.form.getByRole('heading', { name: tasks[task].card })).toBeVisible();
  }

  /** With JavaScript: opens a task as a dialog, once the "Edit" link has hydrated. */
  async openDialog(task: Task) {
    const link = this.section(tasks[task].card).getByRole('link', { name: tasks[task].edit });
    await expect(async () => {
      const hydrated = await link.evaluate((element) =>
        Object.keys(element).some((key) => key.startsWith('__react')),
      );
      expect(hydrated).toBe(true);
    }).toPass();
    await link.click();
    await expect(this.page.getByRole('dialog', { name: tasks[task].card })).toBeVisible();
  }

  async expectSignedIn(displayName = 'Ada Lovelace') {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('banner')).toContainText(displayName);
  }

  async changeName(name: string) {
    await this.fillBasicInfo({ name });
    await this.saveBasicInfo();
  }

  async fillBasicInfo(values: { name?: string; avatar?: string }) {
    await this.open('picture');
    if (values.name !== undefined)
      await this.form.getByLabel('Name', { exact: true }).fill(values.name);
    if (values.avatar !== undefined)
      await this.form.getByLabel('Profile picture URL').fill(values.avatar);
  }

  async saveBasicInfo() {
    await this.saveButton.click();
  }

  /** Chooses a picture; with JavaScript it is cropped first ("Use this picture"). */
  async uploadPicture(file: PictureFile) {
    await this.open('picture');
    const upload = this.form.getByRole('button', { name: 'Upload picture' });
    if (test.info().project.use.javaScriptEnabled === false) {
      await this.form.getByLabel('Picture to upload').setInputFiles(file);
      await upload.click();
      return;
    }
    // The no-JavaScript upload button goes once the task has hydrated; choose the file after.
    await expect(upload).toHaveCount(0);
    await this.form.getByLabel('Picture to upload').setInputFiles(file);
    await this.page
      .getByRole('dialog', { name: 'Crop your picture' })
      .getByRole('button', { name: 'Use this picture' })
      .click();
  }

  async removePicture() {
    await this.open('picture');
    await this.form.getByRole('button', { name: 'Remove picture' }).click();
  }

  /** Opens `task` and fills its text fields by label. */
  async fill(task: Task, values: Record<string, string>) {
    await this.open(task);
    for (const [label, value] of Object.entries(values)) {
      await this.form.getByLabel(label, { exact: true }).fill(value);
    }
  }

  async fillDetails(values: Record<string, string>) {
    await this.fill('details', values);
  }

  async saveDetails() {
    await this.saveButton.click();
  }

  async fillAddress(values: Record<string, string>) {
    await this.fill('address', values);
  }

  async saveAddress() {
    await this.saveButton.click();
  }

  /** With JavaScript, waits until the open task has hydrated (its pickers are comboboxes). */
  async whenInteractive() {
    if (test.info().project.use.javaScriptEnabled === false) return;
    await expect(this.form.locator('[aria-autocomplete="list"]').first()).toBeAttached();
  }

  /**
   * Types a birthdate the date input itself would refuse (30 February), as a script or an older
   * browser without date inputs could send it.
   */
  async enterRawBirthdate(value: string) {
    await this.open('details');
    await this.whenInteractive();
    const input = this.form.getByLabel('Date of birth');
    // React may render the input again (as a date input) just after a save: retry until it holds.
    await expect(async () => {
      await input.evaluate((element) => element.setAttribute('type', 'text'));
      await input.fill(value);
      await expect(input).toHaveValue(value, { timeout: 500 });
    }).toPass();
  }

  /**
   * Picks an option in a picker of `task`: the native select without JavaScript, the searchable
   * combobox with it (typing `search`, then choosing the option named `option`).
   */
  async choose(task: Task, label: string, option: string, search = option) {
    await this.open(task);
    await this.whenInteractive();
    const field = this.form.getByRole('combobox', { name: label, exact: true });
    if ((await field.getAttribute('aria-autocomplete')) === 'list') {
      await field.fill(search);
      await this.form.getByRole('option', { name: option }).first().click();
    } else {
      await field.selectOption({ label: option });
    }
  }

  /** The value a picker of the open task will send. */
  pickerValue(name: string) {
    return this.form.locator(`[name="${name}"]`);
  }

  async signOut() {
    await new UserMenu(this.page).signOut();
  }

  async chooseLanguage(label: string) {
    await new UserMenu(this.page).chooseLanguage(label);
  }
}
