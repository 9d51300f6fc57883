import { expect, type Page } from '@playwright/test';

import { DEMO_PASSWORD } from '../../dev-identity/defaults';
import type { StandIn } from '../stand-in';

/** `/account/security` and the "confirm it's you" page it sends the user through. */
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

  section(name: 'Username' | 'Email address' | 'Phone number' | 'Password' | 'Connected accounts') {
    return this.page.getByRole('region', { name });
  }

  get flash() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first();
  }

  get stepUpHeading() {
    return this.page.getByRole('heading', { level: 1, name: "Confirm it's you" });
  }

  async verifyWithPassword(password = DEMO_PASSWORD) {
    await expect(this.stepUpHeading).toBeVisible();
    await this.page.getByLabel('Your password').fill(password);
    await this.page.getByRole('button', { name: 'Confirm' }).click();
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
    await this.page.getByRole('link', { name: 'Get a code by email' }).click();
    await this.page.getByRole('button', { name: `Send a code to ${email}` }).click();
    await expect(this.page.getByLabel('Verification code')).toBeVisible();
    await this.page.getByLabel('Verification code').fill(await this.standIn.lastCode(email));
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }

  async changeUsername(username: string) {
    const section = this.section('Username');
    await section.getByLabel('Username', { exact: true }).fill(username);
    await section.getByRole('button', { name: 'Save username' }).click();
  }

  async startAddingEmail(email: string) {
    const section = this.section('Email address');
    await section.getByLabel('New email address').fill(email);
    await section.getByRole('button', { name: 'Send code' }).click();
  }

  async startAddingPhone(country: string, phone: string) {
    const section = this.section('Phone number');
    await section.getByLabel('Country or region').selectOption({ label: country });
    await section.getByLabel('New phone number').fill(phone);
    await section.getByRole('button', { name: 'Send code' }).click();
  }

  /** Waits until the code form shows, then reads the code the stand-in "sent". */
  async codeSentTo(sectionName: 'Email address' | 'Phone number', identifier: string) {
    await expect(this.section(sectionName).getByLabel('Verification code')).toBeVisible();
    return this.standIn.lastCode(identifier);
  }

  async enterCode(sectionName: 'Email address' | 'Phone number', code: string) {
    const section = this.section(sectionName);
    await section.getByLabel('Verification code').fill(code);
    await section.getByRole('button', { name: 'Verify and save' }).click();
  }

  get connections() {
    return this.section('Connected accounts');
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
  ) {
    const section = this.section('Password');
    await section.getByLabel('New password').fill(password);
    await section.getByRole('button', { name: button }).click();
  }
}
