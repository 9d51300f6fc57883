/**
 * Test controls for sessions, connected apps and trusted devices (test mode only): where the next
 * sign-ins come from, a third-party app the user has authorised (with a refresh token to check),
 * the trusted-devices switch, and every session id issued (to check none reaches the browser).
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

import type Provider from 'oidc-provider';
import { z } from 'zod';

import { parseBody, sendJson } from './http/io';
import type { Router } from './http/router';
import type { OidcStorage } from './oidc/storage';
import type { StandInState } from './state';
import { TENANT_ID } from './state/account-center';

export type SessionControlDeps = { provider: Provider; storage: OidcStorage; state: StandInState };

const locationBody = z.object({
  country: z.string().min(1).nullable().optional(),
  city: z.string().min(1).nullable().optional(),
});
const thirdPartyBody = z.object({
  username: z.string().min(1),
  name: z.string().min(1).default('Photo Printer'),
  scope: z.string().min(1).default('openid offline_access profile'),
});
const refreshTokenBody = z.object({ refreshToken: z.string().min(1) });
const switchBody = z.object({ enabled: z.boolean() });
const deviceBody = z.object({
  username: z.string().min(1),
  userAgent: z.string().min(1),
  country: z.string().min(1).nullable().optional(),
  city: z.string().min(1).nullable().optional(),
});

async function read<T>(
  req: Parameters<typeof parseBody>[0],
  res: ServerResponse,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const parsed = schema.safeParse(await parseBody(req));
  if (!parsed.success) {
    sendJson(res, 400, { message: 'Invalid test-control body.', issues: parsed.error.issues });
    return undefined;
  }
  return parsed.data;
}

const userNotFound = (res: ServerResponse) => sendJson(res, 404, { message: 'User not found.' });

let thirdPartyCount = 0;

/** Register a third-party app and a grant of it for the user, with a live refresh token. */
async function grantThirdPartyApp(
  { provider, state }: SessionControlDeps,
  userId: string,
  name: string,
  scope: string,
) {
  thirdPartyCount += 1;
  const clientId = `third-party-${thirdPartyCount}`;
  const clientSecret = randomBytes(16).toString('base64url');
  state.applications.add({
    tenantId: TENANT_ID,
    id: clientId,
    name,
    secret: clientSecret,
    description: null,
    type: 'Traditional',
    oidcClientMetadata: {
      redirectUris: ['https://third-party.example/callback'],
      postLogoutRedirectUris: [],
    },
    customClientMetadata: {},
    protectedAppMetadata: null,
    customData: {},
    isThirdParty: true,
    createdAt: Date.now(),
  });
  const client = await provider.Client.find(clientId);
  if (!client) throw new Error(`client ${clientId} did not register`);
  const grant = new provider.Grant({ accountId: userId, clientId });
  grant.addOIDCScope(scope);
  const grantId = await grant.save();
  const refreshToken = await new provider.RefreshToken({
    accountId: userId,
    client,
    grantId,
    gty: 'authorization_code',
    scope,
  }).save();
  return { clientId, clientSecret, grantId, refreshToken };
}

/**
 * `PUT /__test/sign-in-location`, `POST /__test/third-party-grants`,
 * `POST /__test/refresh-token-status`, `PUT`/`POST /__test/trusted-devices`,
 * `GET /__test/session-ids`.
 */
export function registerSessionControls(router: Router, deps: SessionControlDeps): void {
  const { provider, storage, state } = deps;

  router.put('/__test/sign-in-location', async ({ req, res }) => {
    const body = await read(req, res, locationBody);
    if (!body) return;
    state.sessions.location = {
      ...(body.country ? { country: body.country } : {}),
      ...(body.city ? { city: body.city } : {}),
    };
    sendJson(res, 200, state.sessions.location);
  });

  router.post('/__test/third-party-grants', async ({ req, res }) => {
    const body = await read(req, res, thirdPartyBody);
    if (!body) return;
    const user = state.users.findByUsername(body.username);
    if (!user) return userNotFound(res);
    sendJson(res, 200, await grantThirdPartyApp(deps, user.id, body.name, body.scope));
  });

  router.post('/__test/refresh-token-status', async ({ req, res }) => {
    const body = await read(req, res, refreshTokenBody);
    if (!body) return;
    const token = await provider.RefreshToken.find(body.refreshToken).catch(() => undefined);
    const grant = token?.grantId ? await provider.Grant.find(token.grantId) : undefined;
    sendJson(res, 200, { active: Boolean(token && !token.isExpired && grant) });
  });

  router.put('/__test/trusted-devices', async ({ req, res }) => {
    const body = await read(req, res, switchBody);
    if (!body) return;
    state.sessions.trustedDevicesEnabled = body.enabled;
    sendJson(res, 200, body);
  });

  router.post('/__test/trusted-devices', async ({ req, res }) => {
    const body = await read(req, res, deviceBody);
    if (!body) return;
    const user = state.users.findByUsername(body.username);
    if (!user) return userNotFound(res);
    const { userAgent, country, city } = body;
    sendJson(
      res,
      200,
      state.sessions.addTrustedDevice({ userId: user.id, userAgent, country, city }),
    );
  });

  router.get('/__test/session-ids', async ({ res }) => {
    sendJson(res, 200, { sessionIds: storage.issuedSessionIds() });
  });
}
