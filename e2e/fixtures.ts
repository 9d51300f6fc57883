import { test as base, expect, type Page } from '@playwright/test';

import { MANAGEMENT_M2M_APP_SECRET } from '../dev-identity/defaults';

import { MfaPage } from './pages/mfa-page';
import { ProfilePage } from './pages/profile-page';
import { ProviderPage } from './pages/provider-page';
import { SecurityPage } from './pages/security-page';
import { SignInPage } from './pages/sign-in-page';
import { StandIn } from './stand-in';

type Fixtures = {
  standIn: StandIn;
  signInPage: SignInPage;
  profilePage: ProfilePage;
  securityPage: SecurityPage;
  providerPage: ProviderPage;
  mfaPage: MfaPage;
  /** A page already signed in as the demo user and showing `/account`. */
  signedIn: Page;
  /**
   * A page signed in as `gh_only`, whose account has nothing but a GitHub identity (no password,
   * email or phone), showing `/account/security`.
   */
  socialOnly: Page;
  /** Every body the browser received during the test, scanned for secrets afterwards. */
  received: string[];
};

/** One response the browser received: where it came from and what it said. */
type Received = { path: string; redirectedTo?: string; body: string };

/**
 * The only pages allowed to carry a TOTP secret or backup codes: the ones that show them (and the
 * download), whether fetched directly or as the target of a server action's redirect.
 */
const pagesShowingSecrets = {
  totpSecrets: ['/account/security/mfa/totp'],
  backupCodes: [
    '/account/security/mfa/backup-codes',
    '/account/security/mfa/backup-codes/view',
    '/account/security/mfa/backup-codes/download',
  ],
};

const pathOf = (url: string) => new URL(url, 'http://portal.invalid').pathname;

/** TOTP secrets and backup codes reach the browser only on the pages that show them. */
function expectSecretsOnlyWhereShown(
  responses: Received[],
  cookies: string,
  issued: { totpSecrets: string[]; backupCodes: string[] },
) {
  for (const kind of ['totpSecrets', 'backupCodes'] as const) {
    const allowed = pagesShowingSecrets[kind];
    for (const secret of issued[kind]) {
      const leaks = responses
        .filter(
          ({ path, redirectedTo }) =>
            ![path, redirectedTo].some((where) => where !== undefined && allowed.includes(where)),
        )
        .filter(({ body }) => body.includes(secret))
        .map(({ path }) => path);
      expect(leaks, `a ${kind} value reached the browser outside the page showing it`).toEqual([]);
      expect(cookies.includes(secret), `a ${kind} value sits readable in a cookie`).toBe(false);
    }
  }
}

export const test = base.extend<Fixtures>({
  standIn: async ({ request }, use) => {
    const standIn = new StandIn(request);
    await standIn.reset();
    await use(standIn);
  },
  received: [
    async ({ page, standIn }, use) => {
      const bodies: Promise<Received>[] = [];
      page.on('response', (response) => {
        const redirect = response.headers()['x-action-redirect']?.split(';')[0];
        bodies.push(
          response
            .text()
            .catch(() => '')
            .then((body) => ({
              path: pathOf(response.url()),
              redirectedTo: redirect ? pathOf(redirect) : undefined,
              body,
            })),
        );
      });
      const received: string[] = [];
      await use(received);
      const responses = await Promise.all(bodies);
      received.push(...responses.map(({ body }) => body));
      // The browser must never see a token or a verification record id: not in HTML, RSC
      // payloads, scripts or JSON.
      const { accessTokens, refreshTokens, managementTokens } = await standIn.issuedTokens();
      // The machine-to-machine app's secret and its Management API tokens stay on the server too.
      const serverSecrets = [...managementTokens, MANAGEMENT_M2M_APP_SECRET];
      for (const token of [...accessTokens, ...refreshTokens, ...serverSecrets]) {
        expect(
          received.some((body) => body.includes(token)),
          'a token reached the browser',
        ).toBe(false);
      }
      for (const recordId of await standIn.recordIds()) {
        expect(
          received.some((body) => body.includes(recordId)),
          'a verification record id reached the browser',
        ).toBe(false);
      }
      // Logto's session ids (`payload.jti` in the sessions list) are its session cookie values.
      for (const sessionId of await standIn.sessionIds()) {
        expect(
          received.some((body) => body.includes(sessionId)),
          'a session id reached the browser',
        ).toBe(false);
      }
      const cookies = (await page.context().cookies()).map((cookie) => cookie.value).join('\n');
      for (const secret of [
        ...accessTokens,
        ...refreshTokens,
        ...serverSecrets,
        ...(await standIn.recordIds()),
      ]) {
        expect(cookies.includes(secret), 'a secret sits readable in a cookie').toBe(false);
      }
      expectSecretsOnlyWhereShown(responses, cookies, await standIn.mfaSecrets());
    },
    { auto: true },
  ],
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  profilePage: async ({ page }, use) => {
    await use(new ProfilePage(page));
  },
  securityPage: async ({ page, standIn }, use) => {
    await use(new SecurityPage(page, standIn));
  },
  providerPage: async ({ page }, use) => {
    await use(new ProviderPage(page));
  },
  mfaPage: async ({ page, standIn }, use) => {
    await use(new MfaPage(page, standIn));
  },
  signedIn: async ({ page, profilePage, signInPage }, use) => {
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    await use(page);
  },
  socialOnly: async ({ page, standIn, signInPage, securityPage }, use) => {
    await standIn.createUser({
      username: 'gh_only',
      password: 'temporary-password-1',
      identities: { github: { userId: 'gh-42', details: { id: 'gh-42', name: 'Octo Cat' } } },
    });
    await page.goto('/account/security');
    await signInPage.signIn('gh_only', 'temporary-password-1');
    await securityPage.goto();
    // The stand-in's sign-in page needs a password; take it (and the username) away afterwards.
    await standIn.updateUser('gh_only', { username: null, password: null });
    await page.reload();
    await use(page);
  },
});

export { expect };
