import type { Harness } from './harness';

export type Identifier = { type: 'email' | 'phone'; value: string };

export type Answer = { status: number; body: Record<string, unknown> };

const read = async (response: Response): Promise<Answer> => {
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
};

export const email = (value: string): Identifier => ({ type: 'email', value });
export const phone = (value: string): Identifier => ({ type: 'phone', value });

/** Helpers for the Verification API flows, bound to one harness. */
export function verificationClient(h: Harness) {
  const call = async (
    method: string,
    path: string,
    token: string,
    json?: unknown,
    recordId?: string,
  ) =>
    read(
      await h.api(path, {
        method,
        token,
        ...(json === undefined ? {} : { json }),
        ...(recordId === undefined ? {} : { headers: { 'logto-verification-id': recordId } }),
      }),
    );

  const client = {
    call,
    passwordRecord: (token: string, password: string) =>
      call('POST', '/api/verifications/password', token, { password }),

    sendCode: (token: string, identifier: Identifier, templateType?: string) =>
      call('POST', '/api/verifications/verification-code', token, {
        identifier,
        ...(templateType === undefined ? {} : { templateType }),
      }),

    verifyCode: (token: string, identifier: Identifier, verificationId: string, code: string) =>
      call('POST', '/api/verifications/verification-code/verify', token, {
        identifier,
        verificationId,
        code,
      }),

    /** The codes "sent" to a recipient, oldest first. */
    codes: async (value: string) => {
      const query = `/codes?identifier=${encodeURIComponent(value)}`;
      const { codes } = await h.control<{
        codes: Array<{ code: string; verificationRecordId: string; sentAt: string }>;
      }>('GET', query);
      return codes;
    },

    /** Send a code, read it back and verify it: the ID of a verified code record. */
    provenRecord: async (
      token: string,
      identifier: Identifier,
      templateType?: string,
    ): Promise<string> => {
      const sent = await client.sendCode(token, identifier, templateType);
      if (sent.status !== 201) throw new Error(`send failed: ${JSON.stringify(sent)}`);
      const id = sent.body.verificationRecordId as string;
      const code = (await client.codes(identifier.value)).find(
        (entry) => entry.verificationRecordId === id,
      )?.code;
      const verified = await client.verifyCode(token, identifier, id, code ?? '');
      if (verified.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verified)}`);
      return id;
    },

    /** A password step-up record ID. */
    stepUp: async (token: string, password = 'demo-password'): Promise<string> => {
      const { status, body } = await client.passwordRecord(token, password);
      if (status !== 201) throw new Error(`password record failed: ${JSON.stringify(body)}`);
      return body.verificationRecordId as string;
    },

    policies: (patch: Record<string, unknown>) => h.control('PUT', '/policies', patch),
  };
  return client;
}

export type VerificationClient = ReturnType<typeof verificationClient>;
