import { describe, expect, it } from 'vitest';

import { PORTAL_CLIENT_ID } from './defaults';
import { setUpHarness, type Harness } from './testing/harness';
import { signInFrom, userAgents, type SignedInDevice } from './testing/sessions';
import { verificationClient } from './testing/verification';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

type Answer = { status: number; body: Record<string, unknown> };

async function call(
  method: string,
  path: string,
  token: string,
  recordId?: string,
): Promise<Answer> {
  const response = await h.api(path, {
    method,
    token,
    ...(recordId ? { headers: { 'logto-verification-id': recordId } } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

async function stepUp(token: string): Promise<string> {
  const { body } = await verificationClient(h).passwordRecord(token, 'demo-password');
  return String(body.verificationRecordId);
}

type SessionEntry = {
  payload: { uid: string; jti: string; accountId: string; loginTs: number; kind: string };
  lastSubmission: { signInContext?: Record<string, string> } | null;
  clientId: string | null;
  expiresAt: number;
  isCurrent: boolean;
};

async function sessionsOf(device: SignedInDevice, recordId: string): Promise<SessionEntry[]> {
  const { status, body } = await call(
    'GET',
    '/api/my-account/sessions',
    device.accessToken,
    recordId,
  );
  expect(status).toBe(200);
  return body.sessions as SessionEntry[];
}

const refresh = (refreshToken: string) =>
  h.control<{ active: boolean }>('POST', '/refresh-token-status', { refreshToken });

describe('GET /api/my-account/sessions', () => {
  it('lists one session per browser, with the sign-in context and the caller flagged', async () => {
    await h.control('PUT', '/sign-in-location', { country: 'JP', city: 'Tokyo' });
    const mac = await signInFrom(h, userAgents.chromeMac);
    await h.control('PUT', '/sign-in-location', {});
    const phone = await signInFrom(h, userAgents.safariIphone);
    const record = await stepUp(mac.accessToken);

    const seenFromMac = await sessionsOf(mac, record);
    expect(seenFromMac).toHaveLength(2);
    const macEntry = seenFromMac.find(({ isCurrent }) => isCurrent);
    expect(macEntry).toMatchObject({
      payload: { kind: 'Session', accountId: 'demo-user' },
      clientId: PORTAL_CLIENT_ID,
      accountId: 'demo-user',
      lastSubmission: {
        signInContext: { userAgent: userAgents.chromeMac, country: 'JP', city: 'Tokyo' },
      },
    });
    expect(macEntry?.expiresAt).toBeGreaterThan(Date.now());
    expect(seenFromMac.filter(({ isCurrent }) => isCurrent)).toHaveLength(1);

    const seenFromPhone = await sessionsOf(phone, await stepUp(phone.accessToken));
    const current = seenFromPhone.find(({ isCurrent }) => isCurrent);
    expect(current?.lastSubmission?.signInContext?.userAgent).toBe(userAgents.safariIphone);
    expect(current?.lastSubmission?.signInContext?.country).toBeUndefined();
    expect(current?.payload.uid).not.toBe(macEntry?.payload.uid);
  });

  it('checks step-up, then the field, then the scope', async () => {
    const device = await signInFrom(h, userAgents.chromeMac);
    expect(await call('GET', '/api/my-account/sessions', device.accessToken)).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
    const record = await stepUp(device.accessToken);
    await h.control('PUT', '/account-center', { fields: { session: 'Off' } });
    expect(await call('GET', '/api/my-account/sessions', device.accessToken, record)).toMatchObject(
      { status: 400, body: { code: 'account_center.field_not_enabled' } },
    );
    await h.control('PUT', '/account-center', { fields: { session: 'ReadOnly' } });
    const noScope = await h.token(['openid', 'profile']);
    const noScopeRecord = await stepUp(noScope);
    expect(await call('GET', '/api/my-account/sessions', noScope, noScopeRecord)).toMatchObject({
      status: 401,
      body: { code: 'auth.unauthorized' },
    });
    expect((await call('GET', '/api/my-account/sessions', device.accessToken, record)).status).toBe(
      200,
    );
    const uid = (await sessionsOf(device, record))[0]?.payload.uid ?? '';
    expect(
      await call('DELETE', `/api/my-account/sessions/${uid}`, device.accessToken, record),
    ).toMatchObject({ status: 400, body: { code: 'account_center.field_not_editable' } });
  });
});

describe('DELETE /api/my-account/sessions/:sessionId', () => {
  it('with revokeGrantsTarget=all ends the session and its tokens', async () => {
    const mac = await signInFrom(h, userAgents.chromeMac);
    const phone = await signInFrom(h, userAgents.safariIphone);
    const record = await stepUp(mac.accessToken);
    const other = (await sessionsOf(mac, record)).find(({ isCurrent }) => !isCurrent);

    const path = `/api/my-account/sessions/${other?.payload.uid ?? ''}?revokeGrantsTarget=all`;
    expect((await call('DELETE', path, mac.accessToken, record)).status).toBe(204);

    expect(await sessionsOf(mac, record)).toHaveLength(1);
    expect((await call('GET', '/api/my-account', phone.accessToken)).status).toBe(401);
    expect(await refresh(phone.refreshToken)).toEqual({ active: false });
    expect(await phone.isSignedInAtProvider()).toBe(false);
    expect(await mac.isSignedInAtProvider()).toBe(true);
    expect((await call('DELETE', path, mac.accessToken, record)).body).toMatchObject({
      code: 'oidc.session_not_found',
    });
  });

  it('without a target keeps offline tokens; the jti is not the id', async () => {
    const mac = await signInFrom(h, userAgents.chromeMac);
    const record = await stepUp(mac.accessToken);
    const [own] = await sessionsOf(mac, record);
    const byJti = await call(
      'DELETE',
      `/api/my-account/sessions/${own?.payload.jti ?? ''}`,
      mac.accessToken,
      record,
    );
    expect(byJti).toMatchObject({ status: 404, body: { code: 'oidc.session_not_found' } });
    const answer = await call(
      'DELETE',
      `/api/my-account/sessions/${own?.payload.uid ?? ''}`,
      mac.accessToken,
      record,
    );
    expect(answer.status).toBe(204);
    expect(await refresh(mac.refreshToken)).toEqual({ active: true });
    expect(await mac.isSignedInAtProvider()).toBe(false);
  });

  it('rejects another user’s session and an unknown target', async () => {
    await h.control('POST', '/users', { username: 'grace', password: 'grace-password-1' });
    const mac = await signInFrom(h, userAgents.chromeMac);
    const record = await stepUp(mac.accessToken);
    const [own] = await sessionsOf(mac, record);
    const grace = await h.token(undefined, 'grace');
    const graceRecord = String(
      (await verificationClient(h).passwordRecord(grace, 'grace-password-1')).body
        .verificationRecordId,
    );
    const path = `/api/my-account/sessions/${own?.payload.uid ?? ''}`;
    expect(await call('DELETE', path, grace, graceRecord)).toMatchObject({
      status: 404,
      body: { code: 'oidc.invalid_session_account_id' },
    });
    expect(
      await call('DELETE', `${path}?revokeGrantsTarget=some`, mac.accessToken, record),
    ).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
  });

  it('with firstParty keeps third-party grants', async () => {
    const mac = await signInFrom(h, userAgents.chromeMac);
    const app = await h.control<{ refreshToken: string }>('POST', '/third-party-grants', {
      username: 'demo',
    });
    const record = await stepUp(mac.accessToken);
    const [own] = await sessionsOf(mac, record);
    const path = `/api/my-account/sessions/${own?.payload.uid ?? ''}?revokeGrantsTarget=firstParty`;
    expect((await call('DELETE', path, mac.accessToken, record)).status).toBe(204);
    expect(await refresh(mac.refreshToken)).toEqual({ active: false });
    expect(await refresh(app.refreshToken)).toEqual({ active: true });
  });
});

describe('grants', () => {
  it('lists third-party grants with the app, and removing one kills its refresh token', async () => {
    const mac = await signInFrom(h, userAgents.chromeMac);
    const app = await h.control<{ grantId: string; refreshToken: string; clientId: string }>(
      'POST',
      '/third-party-grants',
      { username: 'demo', name: 'Photo Printer' },
    );
    const record = await stepUp(mac.accessToken);
    const list = await call(
      'GET',
      '/api/my-account/grants?appType=thirdParty',
      mac.accessToken,
      record,
    );
    expect(list.body.grants).toEqual([
      expect.objectContaining({
        id: app.grantId,
        payload: expect.objectContaining({ kind: 'Grant', clientId: app.clientId }),
        application: { id: app.clientId, name: 'Photo Printer' },
      }),
    ]);
    const all = await call('GET', '/api/my-account/grants', mac.accessToken, record);
    expect(all.body.grants).toHaveLength(2);
    expect(
      (await call('GET', '/api/my-account/grants?appType=other', mac.accessToken, record)).body,
    ).toMatchObject({ code: 'guard.invalid_input' });

    const path = `/api/my-account/grants/${app.grantId}`;
    expect((await call('DELETE', path, mac.accessToken, record)).status).toBe(204);
    expect(await refresh(app.refreshToken)).toEqual({ active: false });
    expect(await call('DELETE', path, mac.accessToken, record)).toMatchObject({
      status: 404,
      body: { code: 'oidc.invalid_grant' },
    });
    expect(await call('DELETE', path, mac.accessToken)).toMatchObject({
      status: 401,
      body: { code: 'verification_record.permission_denied' },
    });
  });
});

describe('trusted devices', () => {
  it('are absent until the tenant has them, then list and remove', async () => {
    const mac = await signInFrom(h, userAgents.chromeMac);
    const record = await stepUp(mac.accessToken);
    const path = '/api/my-account/trusted-devices';
    expect((await h.api(path, { token: mac.accessToken })).status).toBe(404);

    await h.control('PUT', '/trusted-devices', { enabled: true });
    expect(await call('GET', path, mac.accessToken, record)).toMatchObject({
      status: 400,
      body: { code: 'account_center.field_not_enabled' },
    });
    await h.control('PUT', '/account-center', {
      fields: { session: 'Edit', trustedDevice: 'Edit' },
    });
    const device = await h.control<{ id: string }>('POST', '/trusted-devices', {
      username: 'demo',
      userAgent: userAgents.safariIphone,
      country: 'FR',
    });
    const list = await h.api(`${path}?page=1&page_size=10`, {
      token: mac.accessToken,
      headers: { 'logto-verification-id': record },
    });
    expect(list.headers.get('total-number')).toBe('1');
    expect(await list.json()).toEqual([
      expect.objectContaining({ id: device.id, userAgent: userAgents.safariIphone, country: 'FR' }),
    ]);
    expect(
      (await call('GET', `${path}?page_size=500`, mac.accessToken, record)).body,
    ).toMatchObject({ code: 'guard.invalid_pagination' });
    expect((await call('DELETE', `${path}/${device.id}`, mac.accessToken, record)).status).toBe(
      204,
    );
    expect(await call('DELETE', `${path}/${device.id}`, mac.accessToken, record)).toMatchObject({
      status: 404,
      body: { code: 'entity.not_found' },
    });
  });
});
