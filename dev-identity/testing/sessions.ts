import LogtoClient from '@logto/node';

import { PORTAL_CLIENT_ID, PORTAL_CLIENT_SECRET } from '../defaults';

import { Browser } from './browser';
import { PORTAL_URL, type Harness } from './harness';

export const userAgents = {
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
};

const isPortal = (url: string) => url.startsWith(PORTAL_URL);

/** A browser that always sends one user agent, like a real one. */
class AgentBrowser extends Browser {
  constructor(private readonly userAgent: string) {
    super();
  }

  override request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('user-agent', this.userAgent);
    return super.request(url, { ...init, headers });
  }
}

export type SignedInDevice = {
  browser: Browser;
  client: LogtoClient;
  accessToken: string;
  refreshToken: string;
  /** Whether `/oidc/auth` still finds the browser's session (no sign-in page). */
  isSignedInAtProvider(): Promise<boolean>;
};

/**
 * Sign the demo user in through the real code flow from a browser with the given user agent:
 * each call makes one more OIDC session, and the tokens are bound to it.
 */
export async function signInFrom(h: Harness, userAgent: string): Promise<SignedInDevice> {
  const items = new Map<string, string>();
  const navigations: string[] = [];
  const client = new LogtoClient(
    {
      endpoint: h.url,
      appId: PORTAL_CLIENT_ID,
      appSecret: PORTAL_CLIENT_SECRET,
      scopes: ['identities', 'urn:logto:scope:sessions', 'urn:logto:scope:trusted_devices'],
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
  await client.signIn(`${PORTAL_URL}/callback`);
  const browser = new AgentBrowser(userAgent);
  const page = await browser.follow(navigations[0] ?? '', isPortal);
  const submitted = await browser.postForm(page.url, {
    username: 'demo',
    password: 'demo-password',
  });
  const landed = await browser.follow(
    new URL(submitted.headers.get('location') ?? '', page.url).href,
    isPortal,
  );
  await client.handleSignInCallback(landed.url);
  return {
    browser,
    client,
    accessToken: await client.getAccessToken(),
    refreshToken: (await client.getRefreshToken()) ?? '',
    isSignedInAtProvider: async () => {
      await client.signIn(`${PORTAL_URL}/callback`);
      const again = await browser.follow(navigations.at(-1) ?? '', isPortal);
      return isPortal(again.url);
    },
  };
}
