import { beforeEach, describe, expect, it } from 'vitest';

import { setUpHarness, type Harness } from './testing/harness';
import { email, phone, verificationClient, type VerificationClient } from './testing/verification';

let h: Harness;
let v: VerificationClient;
let token: string;

setUpHarness((harness) => {
  h = harness;
  v = verificationClient(h);
});
beforeEach(async () => {
  token = await h.token();
});

const postEmail = (value: string, proof: string, stepUp?: string, as = token) =>
  v.call(
    'POST',
    '/api/my-account/primary-email',
    as,
    { email: value, newIdentifierVerificationRecordId: proof },
    stepUp,
  );
const postPhone = (value: string, proof: string, stepUp?: string, as = token) =>
  v.call(
    'POST',
    '/api/my-account/primary-phone',
    as,
    { phone: value, newIdentifierVerificationRecordId: proof },
    stepUp,
  );

const notFound = {
  status: 400,
  body: { code: 'verification_record.not_found', message: 'Verification record not found.' },
};

describe('POST /api/my-account/primary-email (§3.3, §4.5)', () => {
  it('changes the email with a step-up record and a proof of the new address', async () => {
    const stepUp = await v.stepUp(token);
    const proof = await v.provenRecord(token, email('Ada.New@example.com'));
    expect(await postEmail('Ada.New@example.com', proof, stepUp)).toEqual({
      status: 204,
      body: {},
    });
    const account = (await v.call('GET', '/api/my-account', token)).body;
    expect(account).toMatchObject({
      primaryEmail: 'Ada.New@example.com',
      hasSecurityVerificationMethod: true,
    });
  });

  it('checks IV first, then the field, then the scope', async () => {
    const proof = await v.provenRecord(token, email('new@example.com'));
    expect((await postEmail('new@example.com', proof)).body).toMatchObject({
      code: 'verification_record.permission_denied',
    });
    // A proof record is not a step-up record.
    expect((await postEmail('new@example.com', proof, proof)).status).toBe(401);
    const stepUp = await v.stepUp(token);
    await h.control('PUT', '/account-center', { fields: { email: 'ReadOnly' } });
    expect((await postEmail('new@example.com', proof, stepUp)).body).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    await h.control('PUT', '/account-center', { fields: { email: 'Edit' } });
    const noScope = await postEmail(
      'new@example.com',
      proof,
      stepUp,
      await h.token(['openid', 'profile']),
    );
    expect(noScope).toMatchObject({ status: 400, body: { code: 'auth.unauthorized' } });
  });

  it('answers verification_record.not_found for a mismatched, unverified, wrong-type or expired proof', async () => {
    const stepUp = await v.stepUp(token);
    const proof = await v.provenRecord(token, email('new@example.com'));
    expect(await postEmail('New@example.com', proof, stepUp)).toEqual(notFound);
    expect(await postEmail('other@example.com', proof, stepUp)).toEqual(notFound);
    const unverified = (await v.sendCode(token, email('new2@example.com'))).body
      .verificationRecordId as string;
    expect(await postEmail('new2@example.com', unverified, stepUp)).toEqual(notFound);
    const phoneProof = await v.provenRecord(token, phone('447700900123'));
    expect(await postEmail('new@example.com', phoneProof, stepUp)).toEqual(notFound);
    expect(await postEmail('new@example.com', stepUp, stepUp)).toEqual(notFound);
    expect(await postEmail('new@example.com', 'unknown', stepUp)).toEqual(notFound);
  });

  it("accepts a proof made by someone else's session (owner not checked)", async () => {
    await h.control('POST', '/users', { username: 'grace', password: 'hopper-Password-1' });
    const proof = await v.provenRecord(
      await h.token(undefined, 'grace'),
      email('shared@example.com'),
    );
    expect((await postEmail('shared@example.com', proof, await v.stepUp(token))).status).toBe(204);
  });

  it('answers 422 user.email_already_in_use case-insensitively', async () => {
    await h.control('POST', '/users', { username: 'grace', primaryEmail: 'Grace@Example.com' });
    const proof = await v.provenRecord(token, email('grace@example.com'));
    expect(await postEmail('grace@example.com', proof, await v.stepUp(token))).toEqual({
      status: 422,
      body: {
        code: 'user.email_already_in_use',
        message: 'This email is associated with an existing account.',
      },
    });
  });

  it('applies the email policy before looking at the proof', async () => {
    const stepUp = await v.stepUp(token);
    const proof = await v.provenRecord(token, email('new@blocked.test'));
    await v.policies({ emailBlocklistPolicy: { customBlocklist: ['@blocked.test'] } });
    expect(await postEmail('new@blocked.test', 'unknown', stepUp)).toMatchObject({
      status: 422,
      body: { code: 'session.email_blocklist.email_not_allowed' },
    });
    await v.policies({ emailBlocklistPolicy: { customBlocklist: [] } });
    expect((await postEmail('new@blocked.test', proof, stepUp)).status).toBe(204);
  });
});

describe('POST /api/my-account/primary-phone (§3.3)', () => {
  it('stores the number without the national leading zero', async () => {
    const stepUp = await v.stepUp(token);
    const proof = await v.provenRecord(token, phone('4407700900123'));
    expect((await postPhone('4407700900123', proof, stepUp)).status).toBe(204);
    expect((await v.call('GET', '/api/my-account', token)).body).toMatchObject({
      primaryPhone: '447700900123',
    });
    // The proof must match the body exactly, before normalisation.
    expect(await postPhone('447700900123', proof, stepUp)).toEqual(notFound);
  });

  it('answers 422 user.invalid_phone for a number it cannot parse', async () => {
    const stepUp = await v.stepUp(token);
    for (const value of ['99912345', '4412']) {
      const proof = await v.provenRecord(token, phone(value));
      expect(await postPhone(value, proof, stepUp)).toEqual({
        status: 422,
        body: { code: 'user.invalid_phone', message: 'Invalid phone number.' },
      });
    }
    expect((await postPhone('+447700900123', 'x', stepUp)).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });

  it('treats the number with and without the leading zero as the same for collisions', async () => {
    await h.control('POST', '/users', { username: 'grace', primaryPhone: '447700900123' });
    await h.control('POST', '/users', { username: 'alan', primaryPhone: '4407700900999' });
    const stepUp = await v.stepUp(token);
    for (const value of ['4407700900123', '447700900999']) {
      const proof = await v.provenRecord(token, phone(value));
      expect(await postPhone(value, proof, stepUp)).toEqual({
        status: 422,
        body: {
          code: 'user.phone_already_in_use',
          message: 'This phone number is associated with an existing account.',
        },
      });
    }
  });
});

describe('DELETE primary email and phone (§3.3, §6.10)', () => {
  it('needs IV, removes each, and keeps the last identifier', async () => {
    expect((await v.call('DELETE', '/api/my-account/primary-email', token)).status).toBe(401);
    const stepUp = await v.stepUp(token);
    expect(
      (await v.call('DELETE', '/api/my-account/primary-email', token, undefined, stepUp)).status,
    ).toBe(204);
    expect(
      (await v.call('DELETE', '/api/my-account/primary-phone', token, undefined, stepUp)).status,
    ).toBe(204);
    expect(
      (await v.call('PATCH', '/api/my-account', token, { username: null }, stepUp)).body,
    ).toMatchObject({
      code: 'user.last_sign_in_method_required',
    });
    expect((await v.call('GET', '/api/my-account', token)).body).toMatchObject({
      primaryEmail: null,
      primaryPhone: null,
      username: 'demo',
      hasPassword: true,
      hasSecurityVerificationMethod: true,
    });
  });

  it('counts a social identity as an identifier', async () => {
    await h.control('POST', '/users', {
      username: null,
      id: 'social-email',
      password: 'Social-password-1',
      primaryEmail: 'social@example.com',
      identities: { github: { userId: 'gh-1', details: { id: 'gh-1', name: 'Octo' } } },
    });
    const social = await h.token(undefined, undefined, 'social-email');
    const stepUp = await v.stepUp(social, 'Social-password-1');
    expect(
      (await v.call('DELETE', '/api/my-account/primary-email', social, undefined, stepUp)).status,
    ).toBe(204);

    await h.control('POST', '/users', {
      username: null,
      id: 'email-only',
      password: 'Email-password-1',
      primaryEmail: 'only@example.com',
    });
    const only = await h.token(undefined, undefined, 'email-only');
    const onlyStepUp = await v.stepUp(only, 'Email-password-1');
    expect(
      await v.call('DELETE', '/api/my-account/primary-email', only, undefined, onlyStepUp),
    ).toEqual({
      status: 400,
      body: {
        code: 'user.last_sign_in_method_required',
        message: 'You need to keep at least one identifier in your account.',
      },
    });
  });
});
