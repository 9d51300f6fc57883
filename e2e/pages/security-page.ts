import { expect, type Locator, type Page } from '@playwright/test';

import { DEMO_PASSWORD } from '../../dev-identity/defaults';
import type { StandIn } from '../stand-in';

type Row = 'username' | 'email address' | 'phone number';

/**
 * `/account/security`: a summary of rows, each opening its task — a dialog over the summary
 * with JavaScript, a page of its own without — and the "confirm it's you" step between.
 */
export class SecurityPage {
  constructor(
    private readonly page: Page,
    private readonly standIn: StandIn,
  ) {}

  /** `origin` addresses a portal other than the suite's (the Redis specs start their own). */
  async goto(origin = '') {
    await this.page.goto(`${origin}/account/security`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  }

  /** Where the user is acting now: the open dialog, or else the page. */
  get area(): Locator {
    return this.page.locator('dialog[open], body:not(:has(dialog[open])) main');
  }

  /** The task or summary area (the name documents which task the step belongs to). */
  section(_name: string): Locator {
    return this.area;
  }

  /** The summary's group of rows with this title. */
  group(name: 'Sign-in methods' | 'Connected accounts') {
    return this.page.getByRole('region', { name });
  }

  /** A summary row, by its id. */
  row(id: 'username' | 'email' | 'phone' | 'password') {
    return this.page.locator(`li#${id}`);
  }

  get flash() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first();
  }

  get taskHeading() {
    return this.area.getByRole('heading').first();
  }

  get stepUpHeading() {
    return this.page.getByRole('heading', { name: "Confirm it's you" });
  }

  /** Opens a row's task unless it is already open (its `field` showing). */
  private async openUnlessShown(field: Locator, link: RegExp) {
    const opener = this.area.getByRole('link', { name: link });
    await expect(field.or(opener).first()).toBeVisible();
    if (await field.isVisible()) return;
    await opener.click();
    await expect(field).toBeVisible();
  }

  async openTask(row: Row, action: 'Add' | 'Change' | 'Remove') {
    await this.area.getByRole('link', { name: `${action} ${row}`, exact: true }).click();
  }

  async openPassword() {
    await this.area.getByRole('link', { name: /^(Set|Change) password$/ }).click();
    await expect(this.area.getByLabel('New password', { exact: true })).toBeVisible();
  }

  async verifyWithPassword(password = DEMO_PASSWORD) {
    await expect(this.stepUpHeading).toBeVisible();
    await this.area.getByLabel('Your password').fill(password);
    await this.area.getByRole('button', { name: 'Confirm' }).click();
  }

  /**
   * Sends a password and waits until its answer is on the page and the form is idle again (with
   * JavaScript, React resets the form after the answer: typing earlier would be wiped).
   */
  async attemptPassword(password: string) {
    const answered = this.page.waitForResponse(
      (response) => response.request().method() === 'POST',
    );
    await this.verifyWithPassword(password);
    await answered;
    await expect(this.page.getByRole('button', { name: 'Confirm' })).toBeEnabled();
  }

  async verifyWithEmailCode(email = 'ada@example.com') {
    await expect(this.stepUpHeading).toBeVisible();
    await this.area.getByRole('link', { name: 'Get a code by email' }).click();
    await this.area.getByRole('button', { name: `Send a code to ${email}` }).click();
    await expect(this.area.getByLabel('Verification code')).toBeVisible();
    await this.area.getByLabel('Verification code').fill(await this.standIn.lastCode(email));
    await this.area.getByRole('button', { name: 'Confirm' }).click();
  }

  async changeUsername(username: string) {
    const field = this.area.getByLabel('Username', { exact: true });
    await this.openUnlessShown(field, /^(Change|Add) username$/);
    await field.fill(username);
    await this.area.getByRole('button', { name: 'Save username' }).click();
  }

  async startAddingEmail(email: string) {
    const field = this.area.getByLabel('New email address');
    await this.openUnlessShown(field, /^(Change|Add) email address$/);
    await field.fill(email);
    await this.area.getByRole('button', { name: 'Send code' }).click();
  }

  async startAddingPhone(country: string, phone: string) {
    const field = this.area.getByLabel('New phone number');
    await this.openUnlessShown(field, /^(Change|Add) phone number$/);
    await this.area.getByLabel('Country or region').selectOption({ label: country });
    await field.fill(phone);
    await this.area.getByRole('button', { name: 'Send code' }).click();
  }

  /** Waits until the code form shows, then reads the code the stand-in "sent". */
  async codeSentTo(_task: 'Email address' | 'Phone number', identifier: string) {
    await expect(this.area.getByLabel('Verification code')).toBeVisible();
    return this.standIn.lastCode(identifier);
  }

  async enterCode(_task: 'Email address' | 'Phone number', code: string) {
    await this.area.getByLabel('Verification code').fill(code);
    await this.area.getByRole('button', { name: 'Verify and save' }).click();
  }

  get connections() {
    return this.group('Connected accounts');
  }

  /** The row of one provider in "Connected accounts". */
  connection(provider: string) {
    return this.connections.getByRole('listitem').filter({ hasText: provider });
  }

  async connect(provider: string) {
    await this.connection(provider)
      .getByRole('button', { name: `Connect ${provider}` })
      .click();
  }

  async setPassword(
    password: string,
    button: 'Set password' | 'Change password' = 'Change password',
    confirmation = password,
  ) {
    const field = this.area.getByLabel('New password', { exact: true });
    await this.openUnlessShown(field, /^(Set|Change) password$/);
    await field.fill(password);
    await this.area.getByLabel('Confirm new password').fill(confirmation);
    await this.area.getByRole('button', { name: button }).click();
  }
}
