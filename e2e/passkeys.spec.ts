import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { storedPasskey } from './pages/mfa-page';

/** Chromium's virtual authenticator: a platform passkey that always verifies the user. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
}

test.describe('passkeys', () => {
  test.beforeEach(async ({ standIn, signedIn }) => {
    await standIn.setMfa({ factors: ['Totp', 'BackupCode', 'WebAuthn'] });
    expect(signedIn).toBeTruthy();
  });

  test.describe('with JavaScript', () => {
    test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'the ceremony runs in the browser');

    test('add a passkey with the device as its default name, rename it, remove it', async ({
      page,
      mfaPage,
      standIn,
    }) => {
      await standIn.trustPortalForPasskeys();
      await addVirtualAuthenticator(page);
      await mfaPage.gotoSummary();
      await expect(mfaPage.row('mfa-passkeys')).toContainText('No passkeys yet');
      await mfaPage.open('Add a passkey');
      await mfaPage.choose('Continue');
      await mfaPage.confirmIdentity();
      const name = mfaPage.area.getByLabel('Passkey name');
      await expect(name).toHaveValue(/ on Linux$/);
      await name.fill('Test key');
      await expect(mfaPage.area.getByRole('button', { name: 'Create passkey' })).toBeEnabled();
      await mfaPage.choose('Create passkey');
      await expect(mfaPage.row('mfa-passkeys').getByRole('status')).toHaveText(
        'Your passkey has been added.',
      );
      await expect(mfaPage.row('mfa-passkeys')).toContainText('1 passkey');
      const stored = (await mfaPage.factors()).find(({ type }) => type === 'WebAuthn') as
        { id: string; agent: string; name: string } | undefined;
      expect(stored).toMatchObject({ name: 'Test key', agent: expect.stringContaining('Chrome') });
      const item = page.locator(`li#passkey-${stored?.id}`);
      await expect(item).toContainText('Test key');
      await expect(item).toContainText(/Added on .+ on Chrome.* on Linux/);
      await expect(item).toContainText('Not used yet');

      await mfaPage.open('Rename passkey Test key');
      await mfaPage.area.getByLabel('Passkey name').fill('Work laptop');
      await mfaPage.choose('Save name');
      await expect(mfaPage.row('mfa-passkeys').getByRole('status')).toHaveText(
        'Your passkey has been renamed.',
      );
      await expect(item).toContainText('Work laptop');

      await mfaPage.open('Remove passkey Work laptop');
      await expect(mfaPage.area).toContainText('Remove the passkey "Work laptop"?');
      await mfaPage.choose('Remove passkey');
      await expect(mfaPage.row('mfa-passkeys').getByRole('status')).toHaveText(
        'Your passkey has been removed.',
      );
      await expect(item).toHaveCount(0);
      expect(await mfaPage.factors()).toEqual([]);
    });

    test('a portal origin Logto does not trust is explained, and nothing is added', async ({
      page,
      mfaPage,
    }) => {
      await addVirtualAuthenticator(page);
      await mfaPage.gotoSummary();
      await mfaPage.open('Add a passkey');
      await mfaPage.choose('Continue');
      await mfaPage.confirmIdentity();
      await expect(mfaPage.area.getByRole('button', { name: 'Create passkey' })).toBeEnabled();
      await mfaPage.choose('Create passkey');
      await expect(mfaPage.area.getByRole('alert')).toHaveText(
        /Passkeys can't be added on this site yet.+let your administrator know/,
      );
      expect(await mfaPage.factors()).toEqual([]);
    });

    test('a passkey can be added when only passkey sign-in is on', async ({
      page,
      mfaPage,
      standIn,
    }) => {
      await standIn.setMfa({ factors: [] });
      await standIn.setPasskeySignIn({ enabled: true });
      await standIn.trustPortalForPasskeys();
      await addVirtualAuthenticator(page);
      await mfaPage.gotoSummary();
      await expect(mfaPage.row('mfa-totp')).toHaveCount(0);
      await mfaPage.open('Add a passkey');
      await mfaPage.choose('Continue');
      await mfaPage.confirmIdentity();
      await mfaPage.choose('Create passkey');
      await expect(mfaPage.row('mfa-passkeys')).toContainText('1 passkey');
    });
  });

  test('rename and remove work without JavaScript too; adding says it needs it', async ({
    page,
    mfaPage,
    javaScriptEnabled,
  }) => {
    await mfaPage.seed([storedPasskey('pk-1', 'Old phone'), storedPasskey('pk-2')]);
    await mfaPage.gotoSummary();
    const add = mfaPage.row('mfa-passkeys').getByRole('link', { name: 'Add a passkey' });
    await expect(add).toHaveCount(javaScriptEnabled ? 1 : 0);
    // A <noscript> note: rendered (and so in innerText) only when scripts are off.
    const text = await mfaPage.row('mfa-passkeys').innerText();
    expect(text.includes('Adding a passkey needs JavaScript')).toBe(!javaScriptEnabled);
    // Unnamed passkeys go by the device they were made on.
    await expect(page.locator('li#passkey-pk-2')).toContainText('Safari on macOS');
    await mfaPage.open('Rename passkey Old phone');
    const name = mfaPage.area.getByLabel('Passkey name');
    await name.fill('');
    await mfaPage.choose('Save name');
    await expect(name).toHaveAccessibleDescription(/Enter a name for your passkey/);
    await name.fill('Kitchen tablet');
    await mfaPage.choose('Save name');
    await mfaPage.confirmIdentity();
    await expect(page.locator('li#passkey-pk-1')).toContainText('Kitchen tablet');
    await mfaPage.open('Remove passkey Kitchen tablet');
    await mfaPage.choose('Remove passkey');
    await expect(mfaPage.row('mfa-passkeys').getByRole('status')).toHaveText(
      'Your passkey has been removed.',
    );
    expect((await mfaPage.factors()).map(({ name: stored }) => stored)).toEqual([undefined]);
  });
});
