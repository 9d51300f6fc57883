import { beforeEach, describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { REDIRECT_URI, socialClient, type SocialClient } from './testing/social';
import { verificationClient, type VerificationClient } from './testing/verification';

let h: Harness;
let s: SocialClient;
let v: VerificationClient;
let token: string;

setUpHarness((harness) => {
  h = harness;
  s = socialClient(h);
  v = verificationClient(h);
});
beforeEach(async () => {
  token = await h.token();
});

/** Start a record and authorize on the provider page: the record ID and the callback parameters. */
const authorized = async (connectorId = 'github-connector', accountId = 'gh-ada') => {
  const started = await s.start(token, { connectorId });
  const id = started.body.verificationRecordId as string;
  const params = await s.callbackParams(
    await s.submit(started.body.authorizationUri as string, { accountId }),
  );
  return { id, params };
};

describe('POST /api/verifications/social (§4.3.4)', () => {
  it('answers 201 with the record ID, a provider URI on 127.0.0.1 and an ISO expiresAt', async () => {
    const before = Date.now();
    const { status, body } = await s.start(token, { state: 's-1', scope: 'user:email' });
    expect(status).toBe(201);
    expect(Object.keys(body)).toEqual(['verificationRecordId', 'authorizationUri', 'expiresAt']);
    const uri = new URL(body.authorizationUri as string);
    expect(uri.origin).toBe(`http://127.0.0.1:${h.standIn.port}`);
    expect(uri.pathname).toBe('/__provider/github-connector/authorize');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      state: 's-1',
      redirect_uri: REDIRECT_URI,
      client_id: 'stand-in-github',
      response_type: 'code',
      scope: 'user:email',
    });
    expect(body.authorizationUri).not.toContain(body.verificationRecordId as string);
    const expiresAt = Date.parse(body.expiresAt as string);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);
    expect((await s.start(token)).body.authorizationUri).toContain('scope=read%3Auser');
  });

  it('checks state and redirectUri, then the connector, then its type', async () => {
    const insufficient = {
      status: 400,
      body: { code: 'session.insufficient_info', message: 'Insufficient sign-in info.' },
    };
    expect(await s.start(token, { state: '', connectorId: 'nope' })).toEqual(insufficient);
    expect(await s.start(token, { redirectUri: '' })).toEqual(insufficient);
    expect(await s.start(token, { connectorId: 'nope' })).toEqual({
      status: 422,
      body: {
        code: 'session.invalid_connector_id',
        message: 'Unable to find available connector with id nope.',
      },
    });
    expect(await s.start(token, { connectorId: 'email-connector' })).toEqual({
      status: 400,
      body: { code: 'connector.unexpected_type', message: "The connector's type is unexpected." },
    });
    await v.policies({ connectors: { sms: false } });
    expect((await s.start(token, { connectorId: 'sms-connector' })).status).toBe(422);
    const missing = await v.call('POST', '/api/verifications/social', token, {
      connectorId: 'github-connector',
    });
    expect(missing).toMatchObject({ status: 400, body: { code: 'guard.invalid_input' } });
  });

  it('is blocked with the rest of the API when the account center is off', async () => {
    await h.control('PUT', '/account-center', { enabled: false });
    expect((await s.start(token)).body).toMatchObject({ code: 'account_center.not_enabled' });
    expect((await s.verify(token, 'x', {})).body).toMatchObject({
      code: 'account_center.not_enabled',
    });
  });
});

describe('POST /api/verifications/social/verify (§4.3.5, A.3)', () => {
  it('exchanges the code once, stores the user info, and can verify again', async () => {
    const { id, params } = await authorized();
    const connectorData = { ...params, redirectUri: REDIRECT_URI };
    expect(await s.verify(token, id, connectorData)).toEqual({
      status: 200,
      body: { verificationRecordId: id },
    });
    expect(await s.verify(token, id, connectorData)).toEqual({
      status: 401,
      body: {
        code: 'connector.social_auth_code_invalid',
        message: 'Unable to get access token, please check authorization code.',
      },
    });
    const { codes } = await h.control<{ codes: Array<{ used: boolean }> }>(
      'GET',
      '/provider-codes',
    );
    expect(codes).toEqual([expect.objectContaining({ used: true })]);

    // A new code on the same record overwrites the social user info.
    const started = await s.start(token);
    const again = await s.callbackParams(
      await s.submit(started.body.authorizationUri as string, { accountId: 'gh-other' }),
    );
    expect((await s.verify(token, id, { ...again, redirectUri: REDIRECT_URI })).status).toBe(200);
    expect((await s.link('POST', token, id, await v.stepUp(token))).status).toBe(204);
    expect(await s.identities(token)).toEqual({
      github: {
        userId: 'gh-other',
        details: expect.objectContaining({ id: 'gh-other', name: 'Ada Lovelace' }),
      },
    });
  });

  it('maps bad callbacks to connector errors and leaves a verified record verified', async () => {
    const { id, params } = await authorized();
    const withRedirect = (data: Record<string, unknown>) => ({
      ...data,
      redirectUri: REDIRECT_URI,
    });
    expect(await s.verify(token, id, withRedirect({ code: 'made-up' }))).toMatchObject({
      status: 401,
      body: { code: 'connector.social_auth_code_invalid' },
    });
    expect(await s.verify(token, id, withRedirect({ state: 'state-1' }))).toMatchObject({
      status: 400,
      body: { code: 'connector.invalid_response', message: "The connector's response is invalid." },
    });
    expect(
      await s.verify(token, id, withRedirect({ error: 'access_denied', error_description: 'No.' })),
    ).toEqual({
      status: 401,
      body: {
        code: 'connector.authorization_failed',
        data: 'No.',
        message: "The user's authorization process is unsuccessful.",
      },
    });
    expect(
      await s.verify(token, id, withRedirect({ error: 'server_error', error_description: 'Down' })),
    ).toMatchObject({
      status: 400,
      body: { code: 'connector.general', message: 'Error occurred in connector: Down' },
    });
    for (const redirectUri of [undefined, `${REDIRECT_URI}/other`]) {
      expect(await s.verify(token, id, { ...params, redirectUri })).toMatchObject({
        status: 400,
        body: {
          code: 'connector.invalid_request_parameters',
          data: { error: 'redirect_uri_mismatch' },
        },
      });
    }
    // The mismatches did not use the code up.
    expect((await s.verify(token, id, withRedirect(params))).status).toBe(200);
    expect((await s.verify(token, id, withRedirect({ code: 'made-up' }))).status).toBe(401);
    expect((await s.link('POST', token, id, await v.stepUp(token))).status).toBe(204);
  });

  it("refuses another connector's code and records that are not Social", async () => {
    const github = await authorized();
    const google = await s.start(token, { connectorId: 'google-connector' });
    const googleId = google.body.verificationRecordId as string;
    expect(
      (await s.verify(token, googleId, { ...github.params, redirectUri: REDIRECT_URI })).status,
    ).toBe(401);
    const notFound = {
      status: 400,
      body: { code: 'verification_record.not_found', message: 'Verification record not found.' },
    };
    expect(
      await s.verify(token, await v.stepUp(token), { ...github.params, redirectUri: REDIRECT_URI }),
    ).toEqual(notFound);
    expect(await s.verify(token, 'unknown', { code: 'x' })).toEqual(notFound);
    await h.control('POST', '/expire-records', { username: 'demo' });
    expect(
      await s.verify(token, github.id, { ...github.params, redirectUri: REDIRECT_URI }),
    ).toEqual(notFound);
  });

  it('does not check the owner: another user may verify the record', async () => {
    await h.control('POST', '/users', { username: 'grace' });
    const { id, params } = await authorized();
    const grace = await h.token(undefined, 'grace');
    expect((await s.verify(grace, id, { ...params, redirectUri: REDIRECT_URI })).status).toBe(200);
  });
});

describe('GET /api/.well-known/sign-in-exp', () => {
  it('lists the social connectors with Logto metadata, not the private settings', async () => {
    const body = (await (await h.api('/api/.well-known/sign-in-exp')).json()) as Record<
      string,
      unknown
    >;
    expect(body.socialSignInConnectorTargets).toEqual(['github', 'google', 'apple']);
    const connectors = body.socialConnectors as Array<Record<string, unknown>>;
    expect(connectors.map(({ id, target, name }) => ({ id, target, name }))).toEqual([
      { id: 'github-connector', target: 'github', name: { en: 'GitHub' } },
      { id: 'google-connector', target: 'google', name: { en: 'Google' } },
      { id: 'apple-connector', target: 'apple', name: { en: 'Apple' } },
    ]);
    expect(Object.keys(connectors[0] ?? {}).sort()).toEqual(
      [
        'description',
        'id',
        'isStandard',
        'logo',
        'logoDark',
        'name',
        'platform',
        'readme',
        'target',
      ].sort(),
    );
    expect(connectors[0]).toMatchObject({
      platform: 'Universal',
      logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    });
    expect(connectors[1]).toMatchObject({ logoDark: null });
    expect(body).toMatchObject({ passwordPolicy: { length: { min: 8 } }, ssoConnectors: [] });
  });
});
