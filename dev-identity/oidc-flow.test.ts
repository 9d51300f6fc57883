import LogtoClient from '@logto/node';
import { describe, expect, it } from 'vitest';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from './defaults';
import { Browser } from './testing/browser';
import { PORTAL_URL, setUpHarness, type Harness } from './testing/harness';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

const isPortal = (url: string) => url.startsWith(PORTAL_URL);

/** The real `@logto/node` client, with in-memory storage and a captured `navigate`. */
function sdkClient() {
  const items = new Map<string, string>();
  const navigations: string[] = [];
  const client = new LogtoClient(
    {
      endpoint: h.url,
      appId: PORTAL_CLIENT_ID,
      appSecret: PORTAL_CLIENT_SECRET,
      scopes: [
        'email',
        'phone',
        'custom_data',
        'identities',
        'address',
        'urn:logto:scope:sessions',
      ],
    },
    {
      navigate: (url) => {
        navigations.push(url);
      },
      storage: {
        getItem: async (key) => items.get(key) ?? null,
        setItem: async (key, value) => {
          items.set(key, value);
        },
        removeItem: async (key) => {
          items.delete(key);
        },
      },
    },
  );
  return { client, navigations };
}

/** Sign in through the pages with a browser, and return the callback URL. */
async function signInWithBrowser(browser: Browser, authUrl: string, password = 'demo-password') {
  const page = await browser.follow(authUrl, isPortal);
  if (isPortal(page.url)) {
    return page.url;
  }
  const submitted = await browser.postForm(page.url, { username: 'demo', password });
  const location = submitted.headers.get('location');
  expect(submitted.status).toBe(303);
  const landed = await browser.follow(new URL(location ?? '', page.url).href, isPortal);
  return landed.url;
}

describe('OIDC provider', () => {
  it('serves discovery with Logto paths under /oidc', async () => {
    const discovery = (await (
      await h.api('/oidc/.well-known/openid-configuration')
    ).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: `${h.url}/oidc`,
      authorization_endpoint: `${h.url}/oidc/auth`,
      token_endpoint: `${h.url}/oidc/token`,
      userinfo_endpoint: `${h.url}/oidc/me`,
      jwks_uri: `${h.url}/oidc/jwks`,
      end_session_endpoint: `${h.url}/oidc/session/end`,
      revocation_endpoint: `${h.url}/oidc/token/revocation`,
    });
    expect(discovery.scopes_supported).toContain('urn:logto:scope:sessions');
  });

  it('shows an accessible sign-in page and keeps the username after a failure', async () => {
    const { client, navigations } = sdkClient();
    await client.signIn(`${PORTAL_URL}/callback`);
    const browser = new Browser();
    const page = await browser.follow(navigations[0] ?? '', isPortal);
    expect(page.url).toMatch(/\/oidc\/interaction\//);
    const html = await page.response.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<h1>Sign in</h1>');
    expect(html).toMatch(/<label for="username">Username/);
    expect(html).toMatch(/<label for="password">Password/);
    expect(html).not.toContain('role="alert"');

    const failed = await browser.postForm(page.url, { username: 'demo<b>', password: 'nope' });
    expect(failed.status).toBe(401);
    const failedHtml = await failed.text();
    expect(failedHtml).toContain('role="alert">Incorrect username or password.</p>');
    expect(failedHtml).toContain('value="demo&lt;b&gt;"');
  });

  it('runs the @logto/node code flow: ID token, opaque token, Account API, sign-out', async () => {
    const { client, navigations } = sdkClient();
    const browser = new Browser();
    await client.signIn(`${PORTAL_URL}/callback`);
    const callback = await signInWithBrowser(browser, navigations[0] ?? '');
    expect(callback).toMatch(/^http:\/\/localhost:3999\/callback\?code=/);
    await client.handleSignInCallback(callback);

    const claims = await client.getIdTokenClaims();
    expect(claims).toMatchObject({
      sub: 'demo-user',
      aud: PORTAL_CLIENT_ID,
      username: 'demo',
      email: 'ada@example.com',
    });
    const accessToken = await client.getAccessToken();
    expect(accessToken).not.toContain('.');
    expect(await client.getRefreshToken()).toBeTruthy();
    expect(await client.fetchUserInfo()).toMatchObject({ sub: 'demo-user', custom_data: {} });

    const account = await h.api('/api/my-account', { token: accessToken });
    expect(await account.json()).toMatchObject({ id: 'demo-user', primaryPhone: '15551234567' });
    const issued = await h.control<{ accessTokens: string[] }>('GET', '/tokens');
    expect(issued.accessTokens).toContain(accessToken);

    // A second sign-in reuses the session and skips the consent screen.
    await client.signIn(`${PORTAL_URL}/callback`);
    expect(isPortal(await signInWithBrowser(browser, navigations[1] ?? ''))).toBe(true);

    await client.signOut(`${PORTAL_URL}/`);
    const endSession = navigations[2] ?? '';
    expect(endSession).toContain('/oidc/session/end');
    const signedOut = await browser.request(endSession);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(`${PORTAL_URL}/`);
    const again = await browser.follow(navigations[1] ?? '', isPortal);
    expect(again.url).toMatch(/\/oidc\/interaction\//);
  });

  it('rejects a refresh after the user is revoked', async () => {
    const { client, navigations } = sdkClient();
    const browser = new Browser();
    await client.signIn(`${PORTAL_URL}/callback`);
    await client.handleSignInCallback(await signInWithBrowser(browser, navigations[0] ?? ''));
    const refreshToken = await client.getRefreshToken();
    await h.control('POST', '/revoke', { username: 'demo' });

    const response = await h.api('/oidc/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${PORTAL_CLIENT_ID}:${PORTAL_CLIENT_SECRET}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken ?? '',
      }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
    const page = await browser.follow(navigations[0] ?? '', isPortal);
    expect(page.url).toMatch(/\/oidc\/interaction\//);
  });
});
