import { expect, type Locator, type Page } from '@playwright/test';

import { DEMO_PASSWORD } from '../../dev-identity/defaults';
import { totpCode, type StandIn } from '../stand-in';

type MfaRow = 'mfa-totp' | 'mfa-backup-codes' | 'mfa-passkeys' | 'mfa-sign-in';

/** A stored authenticator app, as `PATCH /__test/users` takes it. */
export const storedTotp = (key = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP') => ({
  id: 'totp-seeded',
  createdAt: '2026-01-05T10:00:00.000Z',
  type: 'Totp' as const,
  key,
});

/** Ten stored backup codes. */
export const storedBackupCodes = (codes: string[]) => ({
  id: 'backup-seeded',
  createdAt: '2026-01-05T10:00:00.000Z',
  type: 'BackupCode' as const,
  codes: codes.map((code) => ({ code })),
});

/** A stored passkey (its key material is never checked by these pages). */
export const storedPasskey = (id: string, name?: string) => ({
  id,
  createdAt: '2026-01-06T10:00:00.000Z',
  type: 'WebAuthn' as const,
  credentialId: `cred-${id}`,
  publicKey: 'pQECAyYgASFYIA',
  counter: 0,
  agent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  transports: ['internal' as const],
  ...(name ? { name } : {}),
});

/** The "Two-step verification" card on Security and its tasks. */
export class MfaPage {
  constructor(
    private readonly page: Page,
    private readonly standIn: StandIn,
  ) {}

  /** Where the user acts: the open dialog, or else the page. */
  get area(): Locator {
    return this.page.locator('dialog[open], body:not(:has(dialog[open])) main');
  }

  get card() {
    return this.page.getByRole('region', { name: 'Two-step verification' });
  }

  row(id: MfaRow) {
    return this.page.locator(`li#${id}`);
  }

  /** Opens a row's task by the link's accessible name. */
  async open(name: string | RegExp) {
    await this.area.getByRole('link', { name, exact: typeof name === 'string' }).click();
  }

  async choose(name: string) {
    await this.area.getByRole('button', { name, exact: true }).click();
  }

  /** Step-up with the demo password, if it is asked for. */
  async confirmIdentity() {
    await expect(this.page.getByRole('heading', { name: "Confirm it's you" })).toBeVisible();
    await this.area.getByLabel('Your password').fill(DEMO_PASSWORD);
    await this.area.getByRole('button', { name: 'Confirm' }).click();
  }

  /** The setup key as the page shows it, without the spaces between groups. */
  async setupKey(): Promise<string> {
    const key = this.area.locator('dt:text-is("Setup key") + dd');
    await expect(key).toBeVisible();
    return (await key.innerText()).replace(/\s+/g, '');
  }

  get codeField() {
    return this.area.getByLabel('6-digit code from the app');
  }

  /** Enters a code for the secret (or the given code) and submits it. */
  async enterCode(code: string, button: 'Verify and turn on' | 'Verify and replace') {
    await this.codeField.fill(code);
    await this.choose(button);
  }

  /** A 6-digit code that is not valid for this secret now (nor a step either side). */
  wrongCode(secret: string): string {
    const near = [-30_000, 0, 30_000].map((offset) => totpCode(secret, Date.now() + offset));
    return ['000000', '111111', '222222'].find((code) => !near.includes(code)) ?? '333333';
  }

  /** The demo user's stored factors, secrets included. */
  async factors(): Promise<{ type: string; key?: string; name?: string; codes?: unknown[] }[]> {
    const user = await this.standIn.user('demo');
    return (user.mfaVerifications ?? []) as { type: string; key?: string }[];
  }

  async seed(factors: Record<string, unknown>[]) {
    const response = await this.standIn.updateUser('demo', { mfaVerifications: factors });
    expect(response.ok()).toBe(true);
  }

  /** Reloads the summary, where the card shows the state the stand-in now has. */
  async gotoSummary() {
    await this.page.goto('/account/security');
    await expect(this.card).toBeVisible();
  }
}
