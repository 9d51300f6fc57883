import { beforeEach, describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { REDIRECT_URI, socialClient, type SocialClient } from './testing/social';

let h: Harness;
let s: SocialClient;
let token: string;

setUpHarness((harness) => {
  h = harness;
  s = socialClient(h);
});
beforeEach(async () => {
  token = await h.token();
});

const authorizationUri = async (connectorId = 'github-connector', state = 'state-1') => {
  const started = await s.start(token, { connectorId, state });
  expect(started.status).toBe(201);
  return started.body.authorizationUri as string;
};

describe('the fake provider page (GET /__provider/:connectorId/authorize)', () => {
  it('is an accessible form, on 127.0.0.1, prefilled with the connector defaults', async () => {
    const uri = await authorizationUri();
    expect(new URL(uri).origin).toBe(`http://127.0.0.1:${h.standIn.port}`);
    const response = await fetch(uri);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<title>Sign in with GitHub</title>');
    expect(html).toMatch(/<main>[\s\S]*<h1>Sign in with GitHub<\/h1>[\s\S]*<\/main>/);
    expect(html).toMatch(
      /<label for="account-id">Account ID\s*<input id="account-id"[^>]*value="gh-ada"/,
    );
    expect(html).toMatch(
      /<label for="display-name">Display name\s*<input id="display-name"[^>]*value="Ada Lovelace"/,
    );
    expect(html).toMatch(
      /<label for="email">Email\s*<input id="email"[^>]*value="ada@github\.example"/,
    );
    expect(html).toContain(
      '<button type="submit" name="decision" value="authorize">Authorize</button>',
    );
    expect(html).toContain('value="cancel" class="secondary">Cancel</button>');
    expect(html).toContain(
      '<form method="post" action="/__provider/github-connector/authorize" novalidate>',
    );
    expect(html).not.toContain('<script');
  });

  it('answers 404 for an unknown connector and 400 without a usable redirect_uri', async () => {
    const base = `${h.standIn.providerOrigin}/__provider`;
    expect(
      (await fetch(`${base}/nope/authorize?redirect_uri=${encodeURIComponent(REDIRECT_URI)}`))
        .status,
    ).toBe(404);
    expect((await fetch(`${base}/github-connector/authorize?state=x`)).status).toBe(400);
    expect(
      (await fetch(`${base}/github-connector/authorize?redirect_uri=javascript:alert(1)`)).status,
    ).toBe(400);
  });
});

describe('Authorize and Cancel (POST /__provider/:connectorId/authorize)', () => {
  it('Authorize sends the browser back with a code and the state (303), keeping the query', async () => {
    const started = await s.start(token, { redirectUri: `${REDIRECT_URI}?lang=en`, state: 'abc' });
    const response = await s.submit(started.body.authorizationUri as string, {
      accountId: 'gh-42',
      name: 'Grace',
      email: 'g@gh.example',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('lang')).toBe('en');
    expect(location.searchParams.get('state')).toBe('abc');
    const code = location.searchParams.get('code') ?? '';
    expect(code).toMatch(/^[\w-]{20,}$/);
    const { codes } = await h.control<{ codes: Array<Record<string, unknown>> }>(
      'GET',
      '/provider-codes',
    );
    expect(codes).toEqual([
      expect.objectContaining({
        code,
        connectorId: 'github-connector',
        redirectUri: `${REDIRECT_URI}?lang=en`,
        state: 'abc',
        used: false,
        userInfo: expect.objectContaining({ id: 'gh-42', name: 'Grace', email: 'g@gh.example' }),
      }),
    ]);
    expect(await h.control('GET', '/records')).toMatchObject({
      recordIds: [started.body.verificationRecordId],
      providerCodes: [code],
    });
  });

  it('Cancel sends error=access_denied with a description and the state', async () => {
    const response = await s.submit(await authorizationUri('github-connector', 'xyz'), {
      decision: 'cancel',
      accountId: '',
    });
    expect(response.status).toBe(303);
    expect(await s.callbackParams(response)).toEqual({
      error: 'access_denied',
      error_description: 'The user denied the request.',
      state: 'xyz',
    });
    expect(await h.control('GET', '/provider-codes')).toEqual({ codes: [] });
  });

  it('asks again for an empty Account ID, with an alert tied to the field', async () => {
    const response = await s.submit(await authorizationUri(), { accountId: '  ', name: 'Keep me' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(
      '<p class="alert" id="provider-error" role="alert">Enter an account ID.</p>',
    );
    expect(html).toMatch(
      /id="account-id"[^>]*aria-invalid="true" aria-describedby="provider-error"/,
    );
    expect(html).toContain('value="Keep me"');
  });

  it('form_post connectors answer an auto-submitting form with a Continue button', async () => {
    const uri = await authorizationUri('apple-connector', 'st-apple');
    expect(new URL(uri).searchParams.get('response_mode')).toBe('form_post');
    expect(await (await fetch(uri)).text()).toContain('value="apple-ada"');
    const response = await s.submit(uri, { accountId: 'apple-1' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<form id="form-post" method="post" action="${REDIRECT_URI}">`);
    expect(html).toContain('<button type="submit">Continue</button>');
    expect(html).toContain("document.getElementById('form-post').submit()");
    const fields = await s.callbackParams(new Response(html));
    expect(fields).toEqual({ code: expect.stringMatching(/^[\w-]{20,}$/), state: 'st-apple' });

    const cancelled = await s.submit(uri, { decision: 'cancel' });
    expect(await s.callbackParams(cancelled)).toEqual({
      error: 'access_denied',
      error_description: 'The user denied the request.',
      state: 'st-apple',
    });
  });

  it('works on the test-controlled connector list, and reset restores the seed', async () => {
    const put = await h.control<{ connectors: Array<Record<string, unknown>> }>(
      'PUT',
      '/social-connectors',
      {
        connectors: [
          {
            id: 'gitlab-connector',
            target: 'gitlab',
            name: { en: 'GitLab' },
            responseMode: 'form_post',
          },
        ],
      },
    );
    expect(put.connectors).toEqual([
      expect.objectContaining({
        id: 'gitlab-connector',
        target: 'gitlab',
        responseMode: 'form_post',
        platform: 'Universal',
        logoDark: null,
        logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
        defaultIdentity: { id: 'gitlab-ada', name: 'Ada Lovelace', email: 'ada@gitlab.example' },
      }),
    ]);
    expect((await s.start(token)).status).toBe(422);
    expect(await (await fetch(await authorizationUri('gitlab-connector'))).text()).toContain(
      '<h1>Sign in with GitLab</h1>',
    );
    const reserved = { connectors: [{ id: 'email-connector', target: 'x', name: { en: 'X' } }] };
    expect(
      (await h.api('/__test/social-connectors', { method: 'PUT', json: reserved })).status,
    ).toBe(400);
    const duplicate = { connectors: [put.connectors[0], put.connectors[0]] };
    expect(
      (await h.api('/__test/social-connectors', { method: 'PUT', json: duplicate })).status,
    ).toBe(400);
    await h.control('POST', '/reset');
    const { connectors } = await h.control<{ connectors: Array<{ id: string }> }>(
      'GET',
      '/social-connectors',
    );
    expect(connectors.map(({ id }) => id)).toEqual([
      'github-connector',
      'google-connector',
      'apple-connector',
    ]);
  });
});
