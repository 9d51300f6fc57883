import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../dev-identity/defaults';

import { expect, test } from './fixtures';
import { e2eUrls } from './urls';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

type Run = { code: number | null; stdout: string; stderr: string };

/** `npm run logto:setup -- <args>`, as an operator runs it, against the end-to-end stand-in. */
function logtoSetup(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    LOGTO_ENDPOINT: e2eUrls.standIn,
    LOGTO_M2M_APP_ID: MANAGEMENT_M2M_APP_ID,
    LOGTO_M2M_APP_SECRET: MANAGEMENT_M2M_APP_SECRET,
    LOGTO_MANAGEMENT_RESOURCE: undefined,
    LOGTO_APP_ID: PORTAL_CLIENT_ID,
    LOGTO_BASE_URL: e2eUrls.portal,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'logto:setup', '--', ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test.describe('operator setup', () => {
  test('one command readies a fresh tenant; people then sign in and edit their profile', async ({
    page,
    request,
    signedIn,
    standIn,
    profilePage,
    signInPage,
  }) => {
    test.setTimeout(60_000);
    expect(signedIn).toBeTruthy();

    // A freshly installed Logto: the Account API off, the portal's app without redirect URIs.
    expect((await request.post(`${e2eUrls.standIn}/__test/fresh-tenant`)).ok()).toBe(true);
    await page.reload();
    await expect(
      page.getByRole('heading', { name: "Account management isn't available" }),
    ).toBeVisible();

    const run = await logtoSetup(['--fix']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ Account API is on');
    expect(run.stdout).toContain(`✔ Redirect URI ${e2eUrls.portal}/callback registered`);
    expect(run.stdout).toContain(`✔ Post sign-out redirect URI ${e2eUrls.portal}/ registered`);
    expect(run.stdout).toContain('All required checks passed.');
    const printed = `${run.stdout}\n${run.stderr}`;
    for (const secret of [MANAGEMENT_M2M_APP_SECRET, PORTAL_CLIENT_SECRET, 'eyJ']) {
      expect(printed, 'no secret or token in the output').not.toContain(secret);
    }

    await page.reload();
    await profilePage.expectSignedIn();
    // Signing out returns to the portal: the post sign-out redirect URI is registered now.
    await profilePage.signOut();
    await expect(page.getByRole('heading', { name: 'Manage your account' })).toBeVisible();
    // Signing in goes through the stand-in and back to /callback: the redirect URI is registered too.
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    await profilePage.changeName('Ada King');
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your name and picture have been saved.',
    );
    expect(await standIn.user('demo')).toMatchObject({ name: 'Ada King' });
  });
});
