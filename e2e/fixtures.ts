import { test as base, expect, type Page } from '@playwright/test';

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

export const test = base.extend<Fixtures>({
  standIn: async ({ request }, use) => {
    const standIn = new StandIn(request);
    await standIn.reset();
    await use(standIn);
  },
  received: [
    async ({ page, standIn }, use) => {
      const bodies: Promise<string>[] = [];
      page.on('response', (response) => {
        bodies.push(response.text().catch(() => ''));
      });
      const received: string[] = [];
      await use(received);
      received.push(...(await Promise.all(bodies)));
      // The browser must never see a token or a verification record id: not in HTML, RSC
      // payloads, scripts or JSON.
      const { accessTokens, refreshTokens } = await standIn.issuedTokens();
      for (const token of [...accessTokens, ...refreshTokens]) {
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
      const cookies = (await page.context().cookies()).map((cookie) => cookie.value).join('\n');
      for (const secret of [...accessTokens, ...refreshTokens, ...(await standIn.recordIds())]) {
        expect(cookies.includes(secret), 'a secret sits readable in a cookie').toBe(false);
      }
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
