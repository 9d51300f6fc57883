import { totpCode } from '../state/mfa';

import {
  createCredential,
  type CredentialOptions,
  type RegistrationOptions,
} from './authenticator';
import type { Harness } from './harness';
import { verificationClient } from './verification';

const PREFIX = '/api/my-account/mfa-verifications';

export type Factor = 'Totp' | 'WebAuthn' | 'BackupCode';

/** Helpers for the MFA and WebAuthn routes, bound to one harness. */
export function mfaClient(h: Harness) {
  const { call } = verificationClient(h);

  const client = {
    /** The sign-in experience's `mfa.factors` (and optionally `passkeySignIn.enabled`). */
    enable: (factors: Factor[], passkeySignIn?: boolean) =>
      h.control('PUT', '/sign-in-experience', {
        mfa: { factors },
        ...(passkeySignIn === undefined ? {} : { passkeySignIn: { enabled: passkeySignIn } }),
      }),

    fields: (fields: Record<string, string>) => h.control('PUT', '/account-center', { fields }),

    list: (token: string) => call('GET', PREFIX, token),

    add: (token: string, body: unknown, stepUp?: string) =>
      call('POST', PREFIX, token, body, stepUp),

    putTotp: (token: string, body: unknown, stepUp?: string) =>
      call('PUT', `${PREFIX}/totp`, token, body, stepUp),

    generateSecret: (token: string) => call('POST', `${PREFIX}/totp-secret/generate`, token),

    generateCodes: (token: string) => call('POST', `${PREFIX}/backup-codes/generate`, token),

    backupCodes: (token: string, stepUp?: string) =>
      call('GET', `${PREFIX}/backup-codes`, token, undefined, stepUp),

    remove: (token: string, id: string, stepUp?: string) =>
      call('DELETE', `${PREFIX}/${encodeURIComponent(id)}`, token, undefined, stepUp),

    /** The raw answer: a success is the plain text `OK`. */
    rename: (token: string, id: string, name: unknown, stepUp?: string) =>
      h.api(`${PREFIX}/${encodeURIComponent(id)}/name`, {
        method: 'PATCH',
        token,
        json: { name },
        ...(stepUp === undefined ? {} : { headers: { 'logto-verification-id': stepUp } }),
      }),

    /** Bind an authenticator app with a fresh secret and its current code; returns the secret. */
    bindTotp: async (token: string, stepUp: string): Promise<string> => {
      const secret = (await client.generateSecret(token)).body.secret as string;
      const added = await client.add(
        token,
        { type: 'Totp', secret, code: totpCode(secret) },
        stepUp,
      );
      if (added.status !== 204) throw new Error(`bind TOTP failed: ${JSON.stringify(added)}`);
      return secret;
    },

    registration: (token: string) =>
      call('POST', '/api/verifications/web-authn/registration', token),

    verifyRegistration: (token: string, verificationRecordId: string, payload: unknown) =>
      call('POST', '/api/verifications/web-authn/registration/verify', token, {
        verificationRecordId,
        payload,
      }),

    /** Registration options, then a software authenticator's answer: the verified record's ID. */
    registeredPasskey: async (
      token: string,
      settings: Partial<CredentialOptions> = {},
    ): Promise<string> => {
      const created = await client.registration(token);
      const id = created.body.verificationRecordId as string;
      const options = created.body.registrationOptions as RegistrationOptions;
      const payload = createCredential(options, { origin: h.url, ...settings });
      const verified = await client.verifyRegistration(token, id, payload);
      if (verified.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verified)}`);
      return id;
    },

    /** The factors as stored (with secrets), through the user control. */
    stored: async (username = 'demo') =>
      (
        await h.control<{ mfaVerifications: Array<Record<string, unknown>> }>(
          'GET',
          `/users/${username}`,
        )
      ).mfaVerifications,

    logtoConfig: async (username = 'demo') =>
      (await h.control<{ logtoConfig: Record<string, unknown> }>('GET', `/users/${username}`))
        .logtoConfig,
  };
  return client;
}

export type MfaClient = ReturnType<typeof mfaClient>;
