import type { APIResponse, Page, Response } from '@playwright/test';

import { expect, test } from './fixtures';
import { e2eUrls } from './urls';

/** The directives of a CSP header value, by name. */
const directives = (csp: string) =>
  new Map(
    csp.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

/** Checks the page's CSP nonce and that every `<script>` in its HTML carries it; returns the nonce. */
async function expectNoncedScripts(page: Page, path: string, status = 200): Promise<string> {
  const response = (await page.goto(path)) as Response;
  expect(response.status(), path).toBe(status);
  const csp = directives((await response.headerValue('content-security-policy')) ?? '');
  const scriptSources = csp.get('script-src') ?? [];
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1) ?? '';
  expect(nonce, `${path} sends a CSP nonce`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
    `scripts of ${path} without the nonce`,
  ).toEqual([]);
  return nonce;
}

/** Every console message about a blocked resource or a policy, with the page it came from. */
async function watchPolicyMessages(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (
      /content security policy|securitypolicyviolation|permissions-policy|refused to/i.test(
        message.text(),
      )
    ) {
      messages.push(`${message.location().url}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  // Injected by the browser's debugger protocol, so the page's own CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return messages;
}

function expectSecurityHeaders(response: APIResponse | Response, what: string) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'self'"]);
  expect(csp.has('form-action'), what).toBe(false);
  // LOGTO_AVATAR_HOSTS narrows pictures to the stand-in's host, plus Logto's own origin.
  expect(csp.get('img-src'), what).toEqual([
    "'self'",
    'data:',
    'blob:',
    e2eUrls.standIn,
    new URL(e2eUrls.standIn).host,
  ]);
  // `next start` runs in production mode: no eval.
  expect(csp.get('script-src'), what).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of [
    'camera=()',
    'microphone=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    'publickey-credentials-get=(self)',
  ]) {
    expect(permissions, what).toContain(feature);
  }
  // The e2e portal is plain http: no HSTS, no upgrade of its requests.
  expect(headers['strict-transport-security'], what).toBeUndefined();
  expect(csp.has('upgrade-insecure-requests'), what).toBe(false);
}

test.describe('security headers', () => {
  test('signed-out pages send a fresh nonce that every script carries', async ({ page }) => {
    const first = await expectNoncedScripts(page, '/');
    const second = await expectNoncedScripts(page, '/');
    expect(second).not.toBe(first);
    await expectNoncedScripts(page, '/no-such-page', 404);
  });

  test('signed-in pages send a nonce that every script carries', async ({ page, signedIn }) => {
    expect(signedIn).toBeTruthy();
    await expectNoncedScripts(page, '/account');
    await expectNoncedScripts(page, '/account/security');
    await expectNoncedScripts(page, '/no-such-page', 404);
  });

  test('every kind of response carries the other headers', async ({ page, request, signedIn }) => {
    expect(signedIn).toBeTruthy();
    expectSecurityHeaders((await page.goto('/account')) as Response, '/account');
    expectSecurityHeaders((await page.goto('/no-such-page')) as Response, 'not found');
    const health = await request.get('/api/health', { maxRedirects: 0 });
    expectSecurityHeaders(health, '/api/health');
    const gate = await request.get('/account/security', { maxRedirects: 0 });
    expect(gate.status()).toBe(307);
    expect(gate.headers().location).toBe('/sign-in?returnTo=%2Faccount%2Fsecurity');
    expectSecurityHeaders(gate, 'the gate redirect');
    expectSecurityHeaders(await request.get('/', { maxRedirects: 0 }), '/');
  });

  test('signing in, editing the profile and visiting security trip no policy', async ({
    page,
    profilePage,
    signInPage,
    securityPage,
  }) => {
    const messages = await watchPolicyMessages(page);
    await profilePage.goto();
    await signInPage.signIn();
    await profilePage.expectSignedIn();
    await profilePage.fillBasicInfo({
      name: 'Ada K. Lovelace',
      avatar: `${e2eUrls.standIn}/health?avatar`,
    });
    await profilePage.saveBasicInfo();
    await expect(profilePage.basicInfo.getByRole('status')).toHaveText(
      'Your name and picture have been saved.',
    );
    await expect(page.getByRole('banner')).toContainText('Ada K. Lovelace');
    await profilePage.fillDetails({ Nickname: 'Ada' });
    await profilePage.saveDetails();
    await expect(profilePage.details.getByRole('status')).toHaveText(
      'Your personal details have been saved.',
    );
    await securityPage.goto();
    // The connector logos are data: URIs.
    await expect(securityPage.connections.locator('img').first()).toBeVisible();
    await securityPage.startAddingEmail('new@example.com');
    await securityPage.verifyWithPassword();
    await expect(
      securityPage.section('Email address').getByLabel('Verification code'),
    ).toBeVisible();
    expect(messages).toEqual([]);
  });

  test('a picture from a host the CSP does not allow shows the initial instead', async ({
    page,
    signedIn,
    standIn,
  }) => {
    expect(signedIn).toBeTruthy();
    // The portal refuses to save such a link; one set elsewhere still must not break the page.
    await standIn.updateUser('demo', { avatar: 'https://pictures.elsewhere.example/ada.png' });
    await page.reload();
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('img', { name: 'Profile picture of Ada Lovelace' })).toHaveText(
      'A',
    );
    await expect(banner.locator('img')).toHaveCount(0);
  });
});
