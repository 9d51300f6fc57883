import { beforeEach, describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { socialClient, type SocialClient } from './testing/social';
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

const permissionDenied = {
  status: 401,
  body: {
    code: 'verification_record.permission_denied',
    message: 'Permission denied, please re-authenticate.',
  },
};
const notFound = {
  status: 400,
  body: { code: 'verification_record.not_found', message: 'Verification record not found.' },
};
const inUse = {
  status: 422,
  body: {
    code: 'user.identity_already_in_use',
    message: 'The social account has been associated with an existing account.',
  },
};

/** A user with no password, email or phone (so no IV is needed), and a token for it. */
const userWithoutMethods = async (input: Record<string, unknown> = { username: 'nomad' }) => {
  const { id } = await h.control<{ id: string }>('POST', '/users', input);
  return h.token(undefined, undefined, id);
};

describe('POST /api/my-account/identities (§3.4, §5)', () => {
  it('links with IV and shows the identity in GET /api/my-account', async () => {
    const record = await s.verifiedRecord(token, {
      accountId: 'gh-7',
      name: 'Ada L.',
      email: 'ada@github.example',
    });
    expect(await s.link('POST', token, record)).toEqual(permissionDenied);
    expect(await s.link('POST', token, record, await v.stepUp(token))).toEqual({
      status: 204,
      body: {},
    });
    expect(await s.identities(token)).toEqual({
      github: {
        userId: 'gh-7',
        details: {
          id: 'gh-7',
          name: 'Ada L.',
          email: 'ada@github.example',
          rawData: { id: 'gh-7', name: 'Ada L.', email: 'ada@github.example', provider: 'github' },
        },
      },
    });
    // The same record proves the identity again (records are not consumed).
    expect(await s.link('POST', token, record, await v.stepUp(token))).toEqual(inUse);
  });

  it('links without IV for a user with no password, email or phone', async () => {
    const nomad = await userWithoutMethods();
    const record = await s.verifiedRecord(nomad, { accountId: 'apple-9' }, 'apple-connector');
    expect(await s.link('POST', nomad, record)).toEqual({ status: 204, body: {} });
    expect(await s.identities(nomad)).toMatchObject({ apple: { userId: 'apple-9' } });
  });

  it('checks the field, then the scope (401), then IV', async () => {
    const record = await s.verifiedRecord(token);
    await h.control('PUT', '/account-center', { fields: { social: 'ReadOnly' } });
    const noScope = await h.token(['openid', 'profile']);
    expect(await s.link('POST', noScope, record)).toMatchObject({
      status: 400,
      body: { code: 'account_center.field_not_editable' },
    });
    await h.control('PUT', '/account-center', { fields: { social: 'Edit' } });
    for (const method of ['POST', 'PUT'] as const) {
      expect(await s.link(method, noScope, record)).toEqual({
        status: 401,
        body: {
          code: 'auth.unauthorized',
          message: 'Unauthorized. Please check credentials and its scope.',
        },
      });
      expect(await s.link(method, token, 'unknown')).toEqual(permissionDenied);
    }
    // A Social record is no step-up record.
    expect(await s.link('POST', token, record, record)).toEqual(permissionDenied);
  });

  it('needs a verified, unexpired Social record', async () => {
    const stepUp = await v.stepUp(token);
    const unverified = (await s.start(token)).body.verificationRecordId as string;
    expect(await s.link('POST', token, unverified, stepUp)).toEqual(notFound);
    expect(await s.link('PUT', token, stepUp, stepUp)).toEqual(notFound);
    expect(await s.link('POST', token, 'unknown', stepUp)).toEqual(notFound);

    const nomad = await userWithoutMethods();
    const expiring = await s.verifiedRecord(nomad);
    await h.control('POST', '/expire-records', { username: 'nomad' });
    expect(await s.link('POST', nomad, expiring)).toEqual(notFound);
  });

  it('refuses an identity linked to another user, on POST and PUT', async () => {
    await h.control('POST', '/users', {
      username: 'grace',
      identities: { github: { userId: 'gh-ada', details: { id: 'gh-ada' } } },
    });
    const stepUp = await v.stepUp(token);
    const record = await s.verifiedRecord(token, { accountId: 'gh-ada' });
    expect(await s.link('POST', token, record, stepUp)).toEqual(inUse);
    expect(await s.link('PUT', token, record, stepUp)).toEqual(inUse);
    // The same account ID under another target is another identity.
    const google = await s.verifiedRecord(token, { accountId: 'gh-ada' }, 'google-connector');
    expect((await s.link('POST', token, google, stepUp)).status).toBe(204);
  });
});

describe('PUT /api/my-account/identities', () => {
  it('replaces the identity for the target where POST refuses, and is idempotent', async () => {
    const stepUp = await v.stepUp(token);
    expect(
      (await s.link('POST', token, await s.verifiedRecord(token, { accountId: 'gh-1' }), stepUp))
        .status,
    ).toBe(204);
    const second = await s.verifiedRecord(token, { accountId: 'gh-2', name: 'Second' });
    expect(await s.link('POST', token, second, stepUp)).toEqual(inUse);
    expect(await s.link('PUT', token, second, stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.link('PUT', token, second, stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.identities(token)).toEqual({
      github: { userId: 'gh-2', details: expect.objectContaining({ id: 'gh-2', name: 'Second' }) },
    });
  });
});

describe('DELETE /api/my-account/identities/:target', () => {
  it('checks the field, the scope (400), IV, then that the target is linked', async () => {
    await h.control('PATCH', '/users/demo', { identities: { github: { userId: 'gh-1' } } });
    await h.control('PUT', '/account-center', { fields: { social: 'ReadOnly' } });
    expect((await s.unlink(token, 'github')).body).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    await h.control('PUT', '/account-center', { fields: { social: 'Edit' } });
    const noScope = await h.token(['openid', 'profile']);
    expect(await s.unlink(noScope, 'github')).toMatchObject({
      status: 400,
      body: { code: 'auth.unauthorized' },
    });
    expect(await s.unlink(token, 'google')).toEqual(permissionDenied);
    const stepUp = await v.stepUp(token);
    expect(await s.unlink(token, 'google', stepUp)).toEqual({
      status: 404,
      body: {
        code: 'user.identity_not_exist',
        message: 'The social account has not been registered yet.',
      },
    });
    // The target, not the connector ID.
    expect((await s.unlink(token, 'github-connector', stepUp)).status).toBe(404);
    expect(await s.unlink(token, 'github', stepUp)).toEqual({ status: 204, body: {} });
    expect(await s.identities(token)).toEqual({});
  });

  it('keeps the last sign-in identifier; needs no IV without password, email or phone', async () => {
    const social = await userWithoutMethods({
      identities: { github: { userId: 'gh-1' }, google: { userId: 'go-1' } },
    });
    expect(await s.unlink(social, 'google')).toEqual({ status: 204, body: {} });
    expect(await s.unlink(social, 'github')).toEqual({
      status: 400,
      body: {
        code: 'user.last_sign_in_method_required',
        message: 'You need to keep at least one identifier in your account.',
      },
    });
    expect(await s.identities(social)).toEqual({ github: { userId: 'gh-1' } });
  });
});
