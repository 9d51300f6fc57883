import { describe, expect, it } from 'vitest';

import { PORTAL_CLIENT_SECRET } from './defaults';
import { PORTAL_URL, setUpHarness, type Harness } from './testing/harness';
import { authorize, endSession, managementToken } from './testing/management';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

type Application = {
  type: string;
  oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] };
};

const patchApp = async (json: unknown) =>
  h.api('/api/applications/account-portal', {
    method: 'PATCH',
    token: await managementToken(h),
    json,
  });

const accepted = async (response: Response) =>
  response.status === 303 && !response.headers.get('location')?.includes('error=');

describe('GET/PATCH /api/applications/:id', () => {
  it('shows the portal as a Traditional app with its redirect URIs', async () => {
    const response = await h.api('/api/applications/account-portal', {
      token: await managementToken(h),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: 'account-portal',
      type: 'Traditional',
      isAdmin: false,
      oidcClientMetadata: {
        redirectUris: [`${PORTAL_URL}/callback`],
        postLogoutRedirectUris: [`${PORTAL_URL}/`, PORTAL_URL],
      },
    });
  });

  it('answers 404 entity.not_exists_with_id for an unknown app', async () => {
    const response = await h.api('/api/applications/nope', { token: await managementToken(h) });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 'entity.not_exists_with_id',
      message: 'The applications with ID `nope` does not exist.',
    });
  });

  it('merges oidcClientMetadata one level deep: a PATCH of redirectUris keeps the sign-out URIs', async () => {
    const response = await patchApp({
      oidcClientMetadata: { redirectUris: ['https://portal.example/callback'] },
    });
    expect(response.status).toBe(200);
    const app = (await response.json()) as Application & { isAdmin?: boolean };
    expect(app.oidcClientMetadata).toEqual({
      redirectUris: ['https://portal.example/callback'],
      postLogoutRedirectUris: [`${PORTAL_URL}/`, PORTAL_URL],
    });
    expect(app).not.toHaveProperty('isAdmin');
  });

  it('rejects a redirect URI that is not an http(s) URL', async () => {
    const response = await patchApp({ oidcClientMetadata: { redirectUris: ['not a url'] } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'guard.invalid_input' });
  });

  it('changes which redirect URIs /oidc/auth and /oidc/session/end accept', async () => {
    expect(await accepted(await authorize(h, 'https://portal.example/callback'))).toBe(false);
    expect(await accepted(await authorize(h, `${PORTAL_URL}/callback`))).toBe(true);

    await patchApp({
      oidcClientMetadata: {
        redirectUris: ['https://portal.example/callback'],
        postLogoutRedirectUris: ['https://portal.example/'],
      },
    });
    expect(await accepted(await authorize(h, 'https://portal.example/callback'))).toBe(true);
    const old = await authorize(h, `${PORTAL_URL}/callback`);
    expect(old.status).toBe(400);
    expect(await old.text()).toContain('invalid_redirect_uri');
    expect((await endSession(h, 'https://portal.example/')).headers.get('location')).toBe(
      'https://portal.example/',
    );
    expect((await endSession(h, `${PORTAL_URL}/`)).status).toBe(400);
  });
});

describe('tenant test controls', () => {
  it('fresh-tenant turns the account center off and drops the portal redirect URIs', async () => {
    const fresh = await h.control<{ accountCenter: object; application: Application }>(
      'POST',
      '/fresh-tenant',
    );
    expect(fresh.accountCenter).toMatchObject({ enabled: false, fields: {} });
    expect(fresh.application.oidcClientMetadata).toEqual({
      redirectUris: [],
      postLogoutRedirectUris: [],
    });
    expect(JSON.stringify(fresh)).not.toContain(PORTAL_CLIENT_SECRET);
    expect(await (await h.api('/api/.well-known/account-center')).json()).toMatchObject({
      enabled: false,
      fields: {},
    });
    const refused = await authorize(h, `${PORTAL_URL}/callback`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('invalid_redirect_uri');
  });

  it('reset restores the redirect URIs, the account center and the Management API role', async () => {
    await h.control('POST', '/fresh-tenant');
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    await h.control('POST', '/reset');
    expect(await h.control('GET', '/applications/setup-m2m')).toMatchObject({
      hasManagementRole: true,
      type: 'MachineToMachine',
    });
    expect(await h.control('GET', '/applications/account-portal')).toMatchObject({
      oidcClientMetadata: { redirectUris: [`${PORTAL_URL}/callback`] },
    });
    expect(await accepted(await authorize(h, `${PORTAL_URL}/callback`))).toBe(true);
    expect(await (await h.api('/api/.well-known/account-center')).json()).toMatchObject({
      enabled: true,
    });
  });

  it('validate their bodies and report unknown apps', async () => {
    expect(
      (await h.api('/__test/m2m', { method: 'PUT', json: { hasManagementRole: 'no' } })).status,
    ).toBe(400);
    expect((await h.api('/__test/applications/nope')).status).toBe(404);
  });
});
