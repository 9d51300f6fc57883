import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

import { MANAGEMENT_API_RESOURCE, MANAGEMENT_M2M_APP_ID } from './defaults';
import { setUpHarness, type Harness } from './testing/harness';
import { managementToken, requestManagementToken } from './testing/management';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

describe('client credentials for the Management API', () => {
  it('issue a JWT for the Management API audience with the `all` scope', async () => {
    const response = await requestManagementToken(h);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      access_token: string;
      scope: string;
      token_type: string;
    };
    expect(body).toMatchObject({ scope: 'all', token_type: 'Bearer', expires_in: 3600 });
    expect(decodeJwt(body.access_token)).toMatchObject({
      sub: MANAGEMENT_M2M_APP_ID,
      client_id: MANAGEMENT_M2M_APP_ID,
      aud: MANAGEMENT_API_RESOURCE,
      iss: `${h.url}/oidc`,
      scope: 'all',
    });
  });

  it('answer invalid_client for a wrong secret and invalid_target for another resource', async () => {
    const wrongSecret = await requestManagementToken(h, { secret: 'nope' });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: 'invalid_client' });
    const otherTenant = await requestManagementToken(h, {
      resource: 'https://abc123.logto.app/api',
    });
    expect(otherTenant.status).toBe(400);
    expect(await otherTenant.json()).toMatchObject({ error: 'invalid_target' });
  });

  it('are refused to the portal app, which may only use the code flow', async () => {
    const response = await requestManagementToken(h, {
      clientId: 'account-portal',
      secret: 'account-portal-local-secret',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });

  it('carry no scope once the app loses its Management API role', async () => {
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    const body = (await (await requestManagementToken(h)).json()) as {
      access_token: string;
      scope?: string;
    };
    expect(body.scope).toBeUndefined();
    expect(decodeJwt(body.access_token).scope).toBeUndefined();
  });
});

describe('Management API authentication', () => {
  it('answers 401 without a token, with a bad one, or with an Account API token', async () => {
    const missing = await h.api('/api/account-center');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ code: 'auth.authorization_header_missing' });
    for (const token of ['garbage', 'a.b.c', await h.token()]) {
      const response = await h.api('/api/account-center', { token });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        code: 'auth.unauthorized',
        message: 'Unauthorized. Please check credentials and its scope.',
      });
    }
  });

  it('answers 403 auth.forbidden when the app has no Management API role', async () => {
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    const token = await managementToken(h);
    for (const path of [
      '/api/account-center',
      '/api/applications/account-portal',
      '/api/sign-in-exp',
      '/api/connectors',
    ]) {
      const response = await h.api(path, { token });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'auth.forbidden' });
    }
  });

  it('keeps Management API tokens out of the Account API', async () => {
    const response = await h.api('/api/my-account', { token: await managementToken(h) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'auth.unauthorized' });
  });
});

describe('GET/PATCH /api/account-center', () => {
  it('reads the settings and replaces the whole fields object on PATCH', async () => {
    const token = await managementToken(h);
    const before = (await (await h.api('/api/account-center', { token })).json()) as Record<
      string,
      unknown
    >;
    expect(before).toMatchObject({
      tenantId: 'default',
      id: 'default',
      enabled: true,
      fields: { name: 'Edit' },
    });

    const patched = await h.api('/api/account-center', {
      method: 'PATCH',
      token,
      json: { enabled: false, fields: { name: 'ReadOnly', bogus: 'Edit' } },
    });
    expect(patched.status).toBe(200);
    const after = (await patched.json()) as {
      enabled: boolean;
      fields: object;
      webauthnRelatedOrigins: unknown;
    };
    expect(after.enabled).toBe(false);
    expect(after.fields).toEqual({ name: 'ReadOnly' });
    expect(after.webauthnRelatedOrigins).toEqual([]);
    expect(await (await h.api('/api/.well-known/account-center')).json()).toEqual(after);
  });

  it('leaves omitted keys alone and stores an empty deleteAccountUrl as null', async () => {
    const token = await managementToken(h);
    const response = await h.api('/api/account-center', {
      method: 'PATCH',
      token,
      json: {
        deleteAccountUrl: '',
        webauthnRelatedOrigins: ['https://a.example', 'https://a.example'],
      },
    });
    expect(await response.json()).toMatchObject({
      enabled: true,
      fields: { name: 'Edit', social: 'Edit' },
      deleteAccountUrl: null,
      webauthnRelatedOrigins: ['https://a.example'],
    });
  });

  it('rejects an unknown field control with guard.invalid_input', async () => {
    const token = await managementToken(h);
    const response = await h.api('/api/account-center', {
      method: 'PATCH',
      token,
      json: { fields: { name: 'Maybe' } },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'guard.invalid_input' });
    expect(await (await h.api('/api/.well-known/account-center')).json()).toMatchObject({
      fields: { name: 'Edit' },
    });
  });
});

describe('GET /api/sign-in-exp and GET /api/connectors', () => {
  it('serve the stored sign-in experience and every connector with its type', async () => {
    const token = await managementToken(h);
    const signInExperience = (await (await h.api('/api/sign-in-exp', { token })).json()) as Record<
      string,
      unknown
    >;
    expect(signInExperience).toMatchObject({
      id: 'default',
      socialSignInConnectorTargets: ['github', 'google', 'apple'],
    });
    expect(signInExperience).not.toHaveProperty('socialConnectors');
    const connectors = (await (await h.api('/api/connectors', { token })).json()) as Array<{
      id: string;
      type: string;
    }>;
    expect(connectors.map(({ id, type }) => `${type}:${id}`)).toEqual([
      'Social:github-connector',
      'Social:google-connector',
      'Social:apple-connector',
      'Email:email-connector',
      'Sms:sms-connector',
    ]);
  });

  it('follow the connector switches, as the public forgotPassword does', async () => {
    await h.control('PUT', '/policies', { connectors: { email: false } });
    const token = await managementToken(h);
    const connectors = (await (await h.api('/api/connectors', { token })).json()) as Array<{
      type: string;
    }>;
    expect(connectors.map(({ type }) => type)).not.toContain('Email');
    expect(await (await h.api('/api/.well-known/sign-in-exp')).json()).toMatchObject({
      forgotPassword: { email: false, phone: true },
    });
  });
});
