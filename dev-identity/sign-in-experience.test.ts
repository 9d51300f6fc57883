import { describe, expect, it } from 'vitest';

import { createStandIn } from './server';
import { PORTAL_URL, setUpHarness, type Harness } from './testing/harness';
import { managementToken } from './testing/management';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

const wellKnown = async () =>
  (await (await h.api('/api/.well-known/sign-in-exp')).json()) as Record<string, unknown>;

const putSignInExperience = (body: unknown) =>
  h.api('/__test/sign-in-experience', { method: 'PUT', json: body });

describe('GET /api/.well-known/sign-in-exp', () => {
  it('has Logto’s branding and colour shape, without the email blocklist', async () => {
    const signInExperience = await wellKnown();
    expect(signInExperience).toMatchObject({
      branding: {},
      color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8C75FF' },
      hideLogtoBranding: false,
      termsOfUseUrl: null,
      privacyPolicyUrl: null,
      passwordPolicy: { length: { min: 8, max: 256 } },
      mfa: { factors: [], policy: 'UserControlled' },
    });
    // `fullSignInExperienceGuard` omits it; the Management API still has it.
    expect(signInExperience).not.toHaveProperty('emailBlocklistPolicy');
    const stored = await (
      await h.api('/api/sign-in-exp', { token: await managementToken(h) })
    ).json();
    expect(stored).toMatchObject({ emailBlocklistPolicy: {}, branding: {} });
  });

  it('follows the test control: branding merges, null removes a key, colours merge', async () => {
    const logoUrl = `${h.url}/assets/logo.svg`;
    const darkLogoUrl = `${h.url}/assets/logo-dark.svg`;
    const first = await putSignInExperience({
      branding: { logoUrl, darkLogoUrl, favicon: `${h.url}/assets/favicon.svg` },
      color: { primaryColor: '#0f766e', isDarkModeEnabled: true },
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      branding: { logoUrl, darkLogoUrl, favicon: `${h.url}/assets/favicon.svg` },
      color: { primaryColor: '#0f766e', isDarkModeEnabled: true, darkPrimaryColor: '#8C75FF' },
      hideLogtoBranding: false,
      mfa: { factors: [], policy: 'UserControlled' },
      passkeySignIn: {},
    });
    await putSignInExperience({ branding: { favicon: null }, hideLogtoBranding: true });
    expect(await wellKnown()).toMatchObject({
      branding: { logoUrl, darkLogoUrl },
      color: { primaryColor: '#0f766e', isDarkModeEnabled: true },
      hideLogtoBranding: true,
    });
    expect((await wellKnown()).branding).toEqual({ logoUrl, darkLogoUrl });
    expect(await h.control('GET', '/sign-in-experience')).toMatchObject({
      branding: { logoUrl, darkLogoUrl },
    });

    await h.control('POST', '/reset');
    expect(await wellKnown()).toMatchObject({
      branding: {},
      color: { primaryColor: '#6139F6', isDarkModeEnabled: false },
      hideLogtoBranding: false,
    });
  });

  it('refuses what Logto’s guards refuse: relative URLs, non-hex colours, unknown keys', async () => {
    for (const body of [
      { branding: { logoUrl: '/assets/logo.svg' } },
      { branding: { banner: 'https://example.com/b.png' } },
      { color: { primaryColor: 'teal' } },
      { color: { darkPrimaryColor: '#12345' } },
      { colour: {} },
    ]) {
      expect((await putSignInExperience(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await wellKnown()).branding).toEqual({});
  });
});

describe('brand assets', () => {
  it('serves the logos and favicons, light and dark', async () => {
    for (const name of ['logo.svg', 'logo-dark.svg', 'favicon.svg', 'favicon-dark.svg']) {
      const response = await h.api(`/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toMatch(/^<svg [^>]*role="img"><title>Acme<\/title>/);
    }
    for (const path of ['/assets/favicon.png', '/favicon.ico']) {
      const response = await h.api(path);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
    expect((await h.api('/assets/nothing.svg')).status).toBe(404);
  });

  it('brand the tenant in dev mode with the stand-in’s own images, MFA on', async () => {
    const dev = await createStandIn({ port: 0, portalUrl: PORTAL_URL, mode: 'dev' });
    try {
      const response = await fetch(`${dev.url}/api/.well-known/sign-in-exp`);
      const { branding, color, mfa } = (await response.json()) as {
        branding: Record<string, string>;
        color: Record<string, unknown>;
        mfa: Record<string, unknown>;
      };
      // A configured tenant: MFA factors on, the portal's origin trusted for passkeys.
      expect(mfa).toEqual({
        factors: ['Totp', 'WebAuthn', 'BackupCode'],
        policy: 'UserControlled',
      });
      const webauthn = await (await fetch(`${dev.url}/.well-known/webauthn`)).json();
      expect(webauthn).toEqual({ origins: [PORTAL_URL] });
      expect(branding).toEqual({
        logoUrl: `${dev.url}/assets/logo.svg`,
        darkLogoUrl: `${dev.url}/assets/logo-dark.svg`,
        favicon: `${dev.url}/assets/favicon.svg`,
        darkFavicon: `${dev.url}/assets/favicon-dark.svg`,
      });
      expect(color).toEqual({
        primaryColor: '#0F766E',
        isDarkModeEnabled: true,
        darkPrimaryColor: '#2DD4BF',
      });
      for (const url of Object.values(branding)) {
        expect((await fetch(url)).status).toBe(200);
      }
    } finally {
      await dev.close();
    }
  });
});
