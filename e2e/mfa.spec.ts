import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';
import { storedBackupCodes, storedTotp } from './pages/mfa-page';
import { totpCode } from './stand-in';

const tenCodes = Array.from(
  { length: 10 },
  (_, index) => `${index}a${index}b${index}c${index}d${index}e`,
);

test.describe('two-step verification', () => {
  test.beforeEach(async ({ standIn, signedIn }) => {
    await standIn.setMfa({ factors: ['Totp', 'BackupCode', 'WebAuthn'] });
    expect(signedIn).toBeTruthy();
  });

  test('set up an authenticator app: confirm it is you first, then scan, and a wrong code binds nothing', async ({
    mfaPage,
    standIn,
  }) => {
    await mfaPage.gotoSummary();
    await expect(mfaPage.row('mfa-totp')).toContainText('Not set up');
    await mfaPage.open('Set up an authenticator app');
    await mfaPage.choose('Continue');
    await mfaPage.confirmIdentity();
    await expect(
      mfaPage.area.getByRole('img', { name: 'QR code for setting up your authenticator app' }),
    ).toBeVisible();
    const secret = await mfaPage.setupKey();
    expect((await standIn.mfaSecrets()).totpSecrets).toEqual([secret]);
    await mfaPage.enterCode(mfaPage.wrongCode(secret), 'Verify and turn on');
    await expect(mfaPage.codeField).toHaveAccessibleDescription(/isn't correct/);
    expect(await mfaPage.factors()).toEqual([]);
    await mfaPage.enterCode(totpCode(secret), 'Verify and turn on');
    await expect(mfaPage.row('mfa-totp').getByRole('status')).toHaveText(
      'Your authenticator app is set up.',
    );
    await expect(mfaPage.row('mfa-totp')).toContainText(/Set up on \w+ \d+, \d{4}/);
    expect(await mfaPage.factors()).toMatchObject([{ type: 'Totp', key: secret }]);
  });

  test('replace the authenticator app, then remove it', async ({ mfaPage }) => {
    const old = storedTotp();
    await mfaPage.seed([old]);
    await mfaPage.gotoSummary();
    await expect(mfaPage.row('mfa-totp')).toContainText('Set up on Jan 5, 2026');
    await mfaPage.open('Replace authenticator app');
    await expect(mfaPage.area).toContainText('keeps working until you confirm the new one');
    await mfaPage.choose('Continue');
    await mfaPage.confirmIdentity();
    const secret = await mfaPage.setupKey();
    expect(secret).not.toBe(old.key);
    await mfaPage.enterCode(mfaPage.wrongCode(secret), 'Verify and replace');
    await expect(mfaPage.codeField).toHaveAccessibleDescription(/isn't correct/);
    expect(await mfaPage.factors()).toMatchObject([{ type: 'Totp', key: old.key }]);
    await mfaPage.enterCode(totpCode(secret), 'Verify and replace');
    await expect(mfaPage.row('mfa-totp').getByRole('status')).toHaveText(
      /Codes from the old one no longer work/,
    );
    expect(await mfaPage.factors()).toMatchObject([{ type: 'Totp', key: secret }]);

    await mfaPage.open('Remove authenticator app');
    await expect(mfaPage.area).toContainText(
      'Its codes will no longer be accepted when you sign in.',
    );
    await expect(mfaPage.area).toContainText('no authenticator app or passkey');
    await mfaPage.choose('Remove authenticator app');
    await expect(mfaPage.row('mfa-totp').getByRole('status')).toHaveText(
      'Your authenticator app has been removed.',
    );
    await expect(mfaPage.row('mfa-totp')).toContainText('Not set up');
    expect(await mfaPage.factors()).toEqual([]);
  });

  test('generate backup codes, download them, and confirm they are saved', async ({
    mfaPage,
    page,
  }) => {
    await mfaPage.seed([storedTotp()]);
    await mfaPage.gotoSummary();
    await expect(mfaPage.row('mfa-backup-codes')).toContainText('Not generated');
    await mfaPage.open('Generate backup codes');
    await mfaPage.choose('Generate codes');
    await mfaPage.confirmIdentity();
    const items = mfaPage.area
      .getByRole('list', { name: 'Your new backup codes' })
      .getByRole('listitem');
    await expect(items).toHaveCount(10);
    const shown = (await items.allInnerTexts()).map((code) => code.trim());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mfaPage.area.getByRole('link', { name: 'Download .txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('backup-codes-localhost.txt');
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain('Backup codes for demo (localhost)');
    expect(file.split(/\r?\n/).filter((line) => /^[0-9a-f]{10}$/.test(line))).toEqual(shown);
    // Nothing is bound until the user says the codes are saved.
    expect((await mfaPage.factors()).map(({ type }) => type)).toEqual(['Totp']);
    await mfaPage.choose("I've saved them");
    await expect(mfaPage.row('mfa-backup-codes').getByRole('status')).toHaveText(
      'Your new backup codes are ready to use.',
    );
    await expect(mfaPage.row('mfa-backup-codes')).toContainText('10 of 10 left');
    const set = (await mfaPage.factors()).find(({ type }) => type === 'BackupCode');
    expect((set?.codes as { code: string }[]).map(({ code }) => code)).toEqual(shown);
  });

  test('backup codes are not offered, and are refused, while no other method exists', async ({
    mfaPage,
    page,
  }) => {
    await mfaPage.gotoSummary();
    const row = mfaPage.row('mfa-backup-codes');
    await expect(row).toContainText('Set up an authenticator app or a passkey first.');
    await expect(row.getByRole('link')).toHaveCount(0);
    // Codes generated while the app existed are refused once it is gone.
    await mfaPage.seed([storedTotp()]);
    await page.goto('/account/security/mfa/backup-codes');
    await mfaPage.choose('Generate codes');
    await mfaPage.confirmIdentity();
    await expect(mfaPage.area.getByRole('listitem')).toHaveCount(10);
    await mfaPage.seed([]);
    await mfaPage.choose("I've saved them");
    await expect(mfaPage.area.getByRole('alert')).toContainText(
      'Set up another verification method',
    );
    expect(await mfaPage.factors()).toEqual([]);
  });

  test('view the remaining codes after one was used, then replace the set', async ({
    mfaPage,
    standIn,
  }) => {
    await mfaPage.seed([storedTotp(), storedBackupCodes(tenCodes)]);
    const used = await standIn.useBackupCode('demo');
    await mfaPage.gotoSummary();
    await expect(mfaPage.row('mfa-backup-codes')).toContainText('9 of 10 left');
    await mfaPage.open('View backup codes');
    await mfaPage.choose('Show my codes');
    await mfaPage.confirmIdentity();
    const list = mfaPage.area.getByRole('list', { name: 'Your backup codes' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await expect(list.locator('del')).toHaveText([used.code]);
    await expect(list.getByRole('listitem').filter({ hasText: used.code })).toContainText(
      '(used on',
    );

    await mfaPage.gotoSummary();
    await mfaPage.open('Generate new backup codes');
    await expect(mfaPage.area).toContainText('stop working as soon as you save the new ones');
    await mfaPage.choose('Generate codes');
    const items = mfaPage.area
      .getByRole('list', { name: 'Your new backup codes' })
      .getByRole('listitem');
    await expect(items).toHaveCount(10);
    const fresh = (await items.allInnerTexts()).map((code) => code.trim());
    await mfaPage.choose("I've saved them");
    await expect(mfaPage.row('mfa-backup-codes')).toContainText('10 of 10 left');
    const sets = (await mfaPage.factors()).filter(({ type }) => type === 'BackupCode');
    expect(sets).toHaveLength(1);
    expect((sets[0]?.codes as { code: string }[]).map(({ code }) => code)).toEqual(fresh);
  });

  test('the 2-step switch waits for a method, then turns the second step off and on', async ({
    mfaPage,
    standIn,
  }) => {
    await mfaPage.gotoSummary();
    const toggle = mfaPage.row('mfa-sign-in').getByRole('switch', {
      name: '2-step verification at sign-in',
    });
    await expect(toggle).toBeDisabled();
    await expect(toggle).not.toBeChecked();
    await expect(mfaPage.row('mfa-sign-in')).toContainText('Off');
    await expect(toggle).toHaveAccessibleDescription(/Set up an authenticator app or a passkey/);
    await mfaPage.seed([storedTotp()]);
    await mfaPage.gotoSummary();
    await expect(toggle).toBeChecked();
    await toggle.click();
    await mfaPage.confirmIdentity();
    await expect(mfaPage.row('mfa-sign-in').getByRole('status')).toHaveText(
      'Signing in will no longer ask for a second step.',
    );
    await expect(toggle).not.toBeChecked();
    expect(await standIn.user('demo')).toMatchObject({
      logtoConfig: { mfa: { skipMfaOnSignIn: true } },
    });
    await toggle.click();
    await expect(mfaPage.row('mfa-sign-in').getByRole('status')).toHaveText(
      'Signing in will now ask for a second step.',
    );
    await expect(toggle).toBeChecked();
  });

  test('a mandatory policy is stated instead of a switch', async ({ mfaPage, standIn }) => {
    await standIn.setMfa({ policy: 'Mandatory' });
    await mfaPage.seed([storedTotp()]);
    await mfaPage.gotoSummary();
    const row = mfaPage.row('mfa-sign-in');
    await expect(row).toContainText('requires 2-step verification every time you sign in');
    await expect(row.getByRole('switch')).toHaveCount(0);
  });

  test('only the methods the organization enabled are offered', async ({
    mfaPage,
    standIn,
    page,
  }) => {
    await standIn.setMfa({ factors: ['Totp'] });
    await mfaPage.gotoSummary();
    await expect(mfaPage.row('mfa-totp')).toBeVisible();
    await expect(mfaPage.row('mfa-backup-codes')).toHaveCount(0);
    await expect(mfaPage.row('mfa-passkeys')).toHaveCount(0);
    const response = await page.goto('/account/security/mfa/backup-codes');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Generate backup codes' })).toHaveCount(0);
    await standIn.setFieldModes({ mfa: 'Off' });
    await page.goto('/account/security');
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
    await expect(mfaPage.card).toHaveCount(0);
    await standIn.setFieldModes({});
    await standIn.setMfa({ factors: [] });
    await page.reload();
    await expect(mfaPage.card).toHaveCount(0);
  });
});
