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

const newEmail = email('ada.new@example.com');

/** Send a code; its record ID and the code itself. */
async function send(identifier = newEmail) {
  const sent = await v.sendCode(token, identifier);
  expect(sent.status).toBe(201);
  const id = sent.body.verificationRecordId as string;
  const codes = await v.codes(identifier.value);
  const code = codes.find((entry) => entry.verificationRecordId === id)?.code ?? '';
  return { id, code, body: sent.body };
}

const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

describe('send and verify (§4.3.2, §4.3.3)', () => {
  it('sends a 6-digit code, verifies it once, and lists it under the normalised recipient', async () => {
    const { id, code, body } = await send(email('Ada.New@Example.com'));
    expect(code).toMatch(/^\d{6}$/);
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'verificationRecordId']);
    expect(await v.codes('ada.new@example.com')).toEqual([
      { code, verificationRecordId: id, sentAt: expect.any(String) },
    ]);
    const identifier = email('Ada.New@Example.com');
    expect(await v.verifyCode(token, identifier, id, code)).toEqual({
      status: 200,
      body: { verificationRecordId: id },
    });
    expect(await v.verifyCode(token, identifier, id, code)).toEqual({
      status: 400,
      body: {
        code: 'verification_code.not_found',
        message: 'Verification code not found. Please send verification code first.',
      },
    });
  });

  it('keeps older codes valid: each send is its own record', async () => {
    const first = await send();
    const second = await send();
    expect(second.id).not.toBe(first.id);
    expect((await v.codes(newEmail.value)).map((entry) => entry.verificationRecordId)).toEqual([
      first.id,
      second.id,
    ]);
    expect((await v.verifyCode(token, newEmail, first.id, first.code)).status).toBe(200);
    expect((await v.verifyCode(token, newEmail, second.id, second.code)).status).toBe(200);
  });

  it('sends to a phone and answers verification_record.not_found for a wrong type or unknown id', async () => {
    const { id, code } = await send(phone('447700900123'));
    expect(await v.verifyCode(token, email('x@example.com'), id, code)).toEqual({
      status: 400,
      body: { code: 'verification_record.not_found', message: 'Verification record not found.' },
    });
    expect((await v.verifyCode(token, phone('447700900123'), 'nope', code)).body).toMatchObject({
      code: 'verification_record.not_found',
    });
    expect((await v.verifyCode(token, phone('447700900123'), id, code)).status).toBe(200);
  });

  it('answers email_mismatch and phone_mismatch for another recipient', async () => {
    const mail = await send();
    expect(await v.verifyCode(token, email('other@example.com'), mail.id, mail.code)).toEqual({
      status: 400,
      body: {
        code: 'verification_code.email_mismatch',
        message: 'Email mismatch. Please request a new verification code.',
      },
    });
    const sms = await send(phone('447700900123'));
    expect((await v.verifyCode(token, phone('447700900124'), sms.id, sms.code)).body).toMatchObject(
      {
        code: 'verification_code.phone_mismatch',
      },
    );
  });

  it('answers code_mismatch, then exceed_max_try once the tries are used up', async () => {
    await v.policies({ codeMaxRetryAttempts: 2 });
    const { id, code } = await send();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(await v.verifyCode(token, newEmail, id, wrongCode(code))).toEqual({
        status: 400,
        body: { code: 'verification_code.code_mismatch', message: 'Invalid verification code.' },
      });
    }
    expect((await v.verifyCode(token, newEmail, id, code)).body).toMatchObject({
      code: 'verification_code.exceed_max_try',
    });
  });

  it('answers verification_code.expired past codeExpirationSeconds', async () => {
    await v.policies({ codeExpirationSeconds: 0 });
    const { id, code } = await send();
    expect((await v.verifyCode(token, newEmail, id, code)).body).toMatchObject({
      code: 'verification_code.expired',
    });
  });

  it('locks the identifier after maxAttempts failures, a correct code included', async () => {
    await v.policies({ sentinelPolicy: { maxAttempts: 2, lockoutDuration: 600 } });
    const { id, code } = await send();
    expect((await v.verifyCode(token, newEmail, id, wrongCode(code))).body).toMatchObject({
      code: 'verification_code.code_mismatch',
    });
    expect((await v.verifyCode(token, newEmail, id, wrongCode(code))).body).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
      message: 'Too many attempts in a short time. Please try again in 10 minutes.',
    });
    expect((await v.verifyCode(token, newEmail, id, code)).status).toBe(400);
    // Another recipient is not locked.
    const other = await send(email('other@example.com'));
    expect(
      (await v.verifyCode(token, email('other@example.com'), other.id, other.code)).status,
    ).toBe(200);
  });

  it('rejects an unknown templateType and a malformed identifier at the guard', async () => {
    expect((await v.sendCode(token, newEmail, 'SignIn')).body).toMatchObject({
      code: 'guard.invalid_input',
    });
    expect((await v.sendCode(token, email('not-an-email'))).body).toMatchObject({
      code: 'guard.invalid_input',
    });
    expect((await v.sendCode(token, phone('+15551234567'))).body).toMatchObject({
      code: 'guard.invalid_input',
    });
  });
});

describe('template rules (§4.4)', () => {
  const patchName = (recordId: string) =>
    v.call('PATCH', '/api/my-account', token, { username: 'ada_l' }, recordId);

  it('a verified code to the current email or phone is step-up', async () => {
    expect((await patchName(await v.provenRecord(token, email('ada@example.com')))).status).toBe(
      200,
    );
    const viaPhone = await v.provenRecord(token, phone('15551234567'), 'UserPermissionValidation');
    expect(
      (await v.call('PATCH', '/api/my-account', token, { username: 'ada_p' }, viaPhone)).status,
    ).toBe(200);
  });

  it('a code to a new identifier, a differently-cased email, BindMfa or an unverified code is not', async () => {
    for (const recordId of [
      await v.provenRecord(token, newEmail),
      await v.provenRecord(token, email('ADA@example.com')),
      await v.provenRecord(token, email('ada@example.com'), 'BindMfa'),
      (await v.sendCode(token, email('ada@example.com'))).body.verificationRecordId as string,
    ]) {
      expect(await patchName(recordId)).toMatchObject({
        status: 401,
        body: { code: 'verification_record.permission_denied' },
      });
    }
  });

  it("another user's code record is not step-up, though anyone may verify it", async () => {
    await h.control('POST', '/users', { username: 'grace', primaryEmail: 'grace@example.com' });
    const graceToken = await h.token(undefined, 'grace');
    const sent = await v.sendCode(graceToken, email('grace@example.com'));
    const id = sent.body.verificationRecordId as string;
    const [entry] = await v.codes('grace@example.com');
    // The owner is not compared on verify (§4.3.3).
    expect(
      (await v.verifyCode(token, email('grace@example.com'), id, entry?.code ?? '')).status,
    ).toBe(200);
    expect((await patchName(id)).status).toBe(401);
  });
});

describe('send limits and connectors (§7.1, §4.3.2)', () => {
  it('answers 429 on the 11th send to one recipient in the window, whatever the letter case', async () => {
    for (let count = 0; count < 10; count += 1) {
      expect(
        (await v.sendCode(token, email(count % 2 ? 'Lim@example.com' : 'lim@example.com'))).status,
      ).toBe(201);
    }
    expect(await v.sendCode(token, email('LIM@example.com'))).toEqual({
      status: 429,
      body: {
        code: 'request.message_rate_limited',
        message: 'Too many messages sent to this recipient. Please try again later.',
      },
    });
    expect((await v.sendCode(token, email('other@example.com'))).status).toBe(201);
  });

  it('does not count failed sends, and answers 501 when the connector is off', async () => {
    await v.policies({ sendLimit: { max: 1 }, connectors: { email: false } });
    expect(await v.sendCode(token, newEmail)).toEqual({
      status: 501,
      body: {
        code: 'connector.not_found',
        message: 'Cannot find any available connector for type: Email.',
      },
    });
    expect((await v.sendCode(token, phone('447700900123'))).status).toBe(201);
    await v.policies({ connectors: { email: true, sms: false } });
    expect((await v.sendCode(token, phone('4407700900123'))).body).toMatchObject({
      code: 'request.message_rate_limited',
    });
    expect((await v.sendCode(token, phone('819012345678'))).body).toMatchObject({
      code: 'connector.not_found',
      message: 'Cannot find any available connector for type: Sms.',
    });
    expect((await v.sendCode(token, newEmail)).status).toBe(201);
    expect(await v.codes(newEmail.value)).toHaveLength(1);
  });

  it('checks the email policy for new emails only', async () => {
    await v.policies({
      emailBlocklistPolicy: { customBlocklist: ['@example.com'], blockSubaddressing: true },
    });
    expect(await v.sendCode(token, email('new@Example.com'))).toEqual({
      status: 422,
      body: {
        code: 'session.email_blocklist.email_not_allowed',
        message:
          'The email address "new@Example.com" is restricted. Please choose a different one.',
      },
    });
    expect((await v.sendCode(token, email('a+b@elsewhere.org'))).body).toMatchObject({
      code: 'session.email_blocklist.email_subaddressing_not_allowed',
    });
    // The current email is not new, so the policy does not apply.
    expect((await v.sendCode(token, email('ada@example.com'))).status).toBe(201);
    await v.policies({
      emailBlocklistPolicy: {
        customBlocklist: [],
        blockSubaddressing: false,
        allowlist: ['@*.corp.io'],
      },
    });
    expect((await v.sendCode(token, email('x@elsewhere.org'))).status).toBe(422);
    expect((await v.sendCode(token, email('x@eu.corp.io'))).status).toBe(201);
  });
});
