import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { StandInState } from '../state';
import type { SocialConnectorConfig, SocialUserInfo } from '../state/social-connectors';

import { accountRoute, json, type ApiDeps } from './context';

/** Logto's `socialAuthorizationUrlPayloadGuard` plus `connectorId`. */
const createBody = z.object({
  connectorId: z.string(),
  state: z.string(),
  redirectUri: z.string(),
  scope: z.string().optional(),
});

const verifyBody = z.object({
  verificationRecordId: z.string(),
  connectorData: z.record(z.string(), z.unknown()),
});

/** What a Social record keeps in `data`. */
export type SocialRecordData = {
  connectorId: string;
  target: string;
  state: string;
  redirectUri: string;
  scope: string;
  /** Set by a successful verify; a later successful verify overwrites it. */
  socialUserInfo?: SocialUserInfo;
};

export type SocialOptions = {
  /** Origin of the fake provider pages, `http://127.0.0.1:<port>` by default (another site than `localhost`). */
  providerOrigin: string;
};

/** The provider page URL, carrying what a real authorization endpoint gets (never the record ID). */
function authorizationUri(
  origin: string,
  connector: SocialConnectorConfig,
  data: SocialRecordData,
): string {
  const query = new URLSearchParams({
    state: data.state,
    redirect_uri: data.redirectUri,
    client_id: `stand-in-${connector.target}`,
    response_type: 'code',
    scope: data.scope,
    ...(connector.responseMode === 'form_post' ? { response_mode: 'form_post' } : {}),
  });
  return `${origin}/__provider/${encodeURIComponent(connector.id)}/authorize?${query.toString()}`;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * The connector's half of `verify`: read the callback parameters and exchange the code, with
 * connector errors mapped as in Appendix A.3.
 */
function exchangeCode(
  state: StandInState,
  data: SocialRecordData,
  connectorData: Record<string, unknown>,
): SocialUserInfo {
  const error = text(connectorData.error);
  const description = text(connectorData.error_description);
  if (error !== undefined) {
    if (error === 'access_denied') {
      throw new LogtoError('connector.authorization_failed', { status: 401, data: description });
    }
    throw new LogtoError('connector.general', {
      interpolation: { errorDescription: description ?? error },
      data: { error, errorDescription: description },
    });
  }
  const code = text(connectorData.code);
  if (!code) {
    throw new LogtoError('connector.invalid_response', {
      data: { message: 'The callback has no `code`.' },
    });
  }
  const issued = state.providerCodes.find(code, data.connectorId);
  if (!issued) {
    throw new LogtoError('connector.social_auth_code_invalid', { status: 401 });
  }
  const redirectUri = text(connectorData.redirectUri);
  if (redirectUri !== data.redirectUri || issued.redirectUri !== data.redirectUri) {
    throw new LogtoError('connector.invalid_request_parameters', {
      data: {
        error: 'redirect_uri_mismatch',
        message: '`connectorData.redirectUri` must be the redirectUri of the record.',
      },
    });
  }
  state.providerCodes.use(code);
  return structuredClone(issued.userInfo);
}

/** `POST /api/verifications/social` and `…/social/verify` (§4.3.4, §4.3.5). No FP guard on either. */
export function registerSocialVerificationRoutes(
  router: Router,
  deps: ApiDeps,
  { providerOrigin }: SocialOptions,
): void {
  router.post(
    '/api/verifications/social',
    accountRoute(deps, { body: createBody }, ({ auth, body, state }) => {
      assertThat(body.state && body.redirectUri, 'session.insufficient_info');
      const found = state.findConnector(body.connectorId);
      if (!found) {
        throw new LogtoError('session.invalid_connector_id', {
          status: 422,
          interpolation: { connectorId: body.connectorId },
        });
      }
      assertThat(found.type === 'Social', 'connector.unexpected_type');
      const { connector } = found;
      const data: SocialRecordData = {
        connectorId: connector.id,
        target: connector.target,
        state: body.state,
        redirectUri: body.redirectUri,
        scope: body.scope ?? connector.scope,
      };
      const record = state.verificationRecords.create({
        type: 'Social',
        userId: null,
        verified: false,
        createdBy: auth.userId,
        data,
      });
      return json(
        {
          verificationRecordId: record.id,
          authorizationUri: authorizationUri(providerOrigin, connector, data),
          expiresAt: new Date(record.expiresAt).toISOString(),
        },
        201,
      );
    }),
  );

  router.post(
    '/api/verifications/social/verify',
    accountRoute(deps, { body: verifyBody }, ({ body, state }) => {
      const record = state.verificationRecords.find(body.verificationRecordId);
      // The owner is not compared with the caller; the state is not compared either (§4.3.5).
      assertThat(record?.type === 'Social', 'verification_record.not_found');
      const data = record.data as SocialRecordData;
      // A failed exchange leaves the record as it was (verified or not).
      const socialUserInfo = exchangeCode(state, data, body.connectorData);
      record.data = { ...data, socialUserInfo };
      record.verified = true;
      state.verificationRecords.save(record);
      return json({ verificationRecordId: record.id });
    }),
  );
}
