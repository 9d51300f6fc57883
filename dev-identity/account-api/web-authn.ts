import type { IncomingHttpHeaders } from 'node:http';

import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { StandInState } from '../state';
import { webAuthnTransports, type WebAuthnCredential } from '../state/mfa';
import type { StoredUser } from '../state/users';

import { accountRoute, json, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';

/** What a WebAuthn record keeps in `data`. */
export type WebAuthnRecordData = {
  registrationChallenge?: string;
  registrationRpId?: string;
  /** Set by a successful verify. */
  registrationInfo?: WebAuthnCredential;
};

const transport = z.enum(webAuthnTransports);

/** Logto's `webAuthnRegistrationOptionsGuard`: its response guard strips every other key. */
const registrationOptionsShape = z.object({
  rp: z.object({ name: z.string(), id: z.string().optional() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
  timeout: z.number().optional(),
  excludeCredentials: z
    .array(
      z.object({
        type: z.literal('public-key'),
        id: z.string(),
        transports: z.array(transport).optional(),
      }),
    )
    .optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
      requireResidentKey: z.boolean().optional(),
      residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
      userVerification: z.enum(['required', 'preferred', 'discouraged']).optional(),
    })
    .optional(),
  attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
  extensions: z
    .object({
      appid: z.string().optional(),
      credProps: z.boolean().optional(),
      hmacCreateSecret: z.boolean().optional(),
    })
    .optional(),
});

/** Logto's `bindWebAuthnPayloadGuard` (its `crepProps` typo included, so `credProps` is dropped). */
const verifyBody = z.object({
  verificationRecordId: z.string(),
  payload: z.object({
    type: z.literal('WebAuthn'),
    id: z.string(),
    rawId: z.string(),
    response: z.object({
      clientDataJSON: z.string(),
      attestationObject: z.string(),
      authenticatorData: z.string().optional(),
      transports: z.array(transport).optional(),
      publicKeyAlgorithm: z.number().optional(),
      publicKey: z.string().optional(),
    }),
    authenticatorAttachment: z.enum(['cross-platform', 'platform']).optional(),
    clientExtensionResults: z.object({
      appid: z.boolean().optional(),
      crepProps: z.object({ rk: z.boolean().optional() }).optional(),
      hmacCreateSecret: z.boolean().optional(),
    }),
  }),
});

/** Logto's `webAuthnAuthenticationOptionsTimeout`. */
const TIMEOUT_MS = 60_000;

/** The origin the API was called on (Koa's `ctx.origin`: the `Host` header, plain HTTP here). */
export function requestOrigin(headers: IncomingHttpHeaders, fallback: URL): URL {
  return headers.host ? new URL(`http://${headers.host}`) : new URL(fallback.origin);
}

const internationalPhone = (phone: string): string => {
  try {
    return parsePhoneNumberWithError(`+${phone}`).formatInternational();
  } catch {
    return phone;
  }
};

/** Logto's `getUserDisplayName`: name, then email, phone, username (`??`, so `""` counts). */
function displayName(user: StoredUser, withName: boolean): string {
  const phone = user.primaryPhone ? internationalPhone(user.primaryPhone) : null;
  return (
    (withName ? user.name : null) ?? user.primaryEmail ?? phone ?? user.username ?? 'Unnamed User'
  );
}

/**
 * The new-identifier proof of `POST /my-account/mfa-verifications` (type WebAuthn): a verified,
 * unexpired WebAuthn record; its owner is not compared with the caller.
 */
export function webAuthnCredentialFrom(state: StandInState, recordId: string): WebAuthnCredential {
  const record = state.verificationRecords.find(recordId);
  assertThat(record?.type === 'WebAuthn', 'verification_record.not_found');
  assertThat(record.verified, 'verification_record.not_found');
  const { registrationInfo } = record.data as WebAuthnRecordData;
  assertThat(registrationInfo, 'session.mfa.pending_info_not_found');
  return structuredClone(registrationInfo);
}

/** `POST /api/verifications/web-authn/registration` and `…/verify` (§4.3.6–4.3.7). */
export function registerWebAuthnRoutes(router: Router, deps: ApiDeps): void {
  router.post(
    '/api/verifications/web-authn/registration',
    accountRoute(deps, {}, async (ctx) => {
      assertFirstPartyClient(ctx.auth);
      const user = ctx.user();
      // The relying party is the host the API was called on (Logto 1.32 and later).
      const rpId = requestOrigin(ctx.headers, ctx.url).hostname;
      const options = await generateRegistrationOptions({
        rpName: rpId,
        rpID: rpId,
        userID: new Uint8Array(Buffer.from(user.id)),
        userName: displayName(user, false),
        userDisplayName: displayName(user, true),
        timeout: TIMEOUT_MS,
        attestationType: 'none',
        excludeCredentials: user.mfaVerifications.flatMap((factor) =>
          factor.type === 'WebAuthn'
            ? [{ id: factor.credentialId, transports: factor.transports }]
            : [],
        ),
        authenticatorSelection: {
          residentKey: 'required',
          requireResidentKey: true,
          userVerification: 'required',
        },
        supportedAlgorithmIDs: [-7, -257],
      });
      const data: WebAuthnRecordData = {
        registrationChallenge: options.challenge,
        registrationRpId: rpId,
      };
      const record = ctx.state.verificationRecords.create({
        type: 'WebAuthn',
        userId: user.id,
        verified: false,
        createdBy: user.id,
        data,
      });
      // 200, not 201 like the other record creations.
      return json({
        verificationRecordId: record.id,
        registrationOptions: registrationOptionsShape.parse(options),
        expiresAt: new Date(record.expiresAt).toISOString(),
      });
    }),
  );

  router.post(
    '/api/verifications/web-authn/registration/verify',
    accountRoute(deps, { body: verifyBody }, async (ctx) => {
      const { body, state, headers } = ctx;
      assertFirstPartyClient(ctx.auth);
      const record = state.verificationRecords.find(body.verificationRecordId);
      assertThat(record?.type === 'WebAuthn', 'verification_record.not_found');
      const data = record.data as WebAuthnRecordData;
      const { registrationChallenge, registrationRpId } = data;
      assertThat(registrationChallenge && registrationRpId, 'session.mfa.pending_info_not_found');
      // Logto passes no `expectedRPID`, so the authenticator's RP ID hash is not compared.
      const expectedOrigin = [
        requestOrigin(headers, ctx.url).origin,
        ...state.accountCenter.webauthnRelatedOrigins,
      ];
      const result = await verifyRegistrationResponse({
        response: { ...body.payload, type: 'public-key' } as RegistrationResponseJSON,
        expectedChallenge: registrationChallenge,
        expectedOrigin,
        requireUserVerification: true,
      }).catch((error: unknown) => {
        throw new LogtoError('session.mfa.webauthn_verification_failed', {
          data: { message: error instanceof Error ? error.message : 'Unknown error' },
        });
      });
      assertThat(result.verified, 'session.mfa.webauthn_verification_failed');
      const { credential } = result.registrationInfo;
      const userAgent = headers['user-agent'] ?? '';
      state.verificationRecords.save({
        ...record,
        verified: true,
        data: {
          ...data,
          registrationInfo: {
            type: 'WebAuthn',
            rpId: registrationRpId,
            credentialId: credential.id,
            publicKey: isoBase64URL.fromBuffer(credential.publicKey),
            counter: credential.counter,
            agent: userAgent,
            transports: body.payload.response.transports ?? [],
          },
        },
      });
      return json({ verificationRecordId: record.id });
    }),
  );
}
