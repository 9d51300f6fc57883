import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import type Provider from 'oidc-provider';

import { DECLARED_SCOPES } from './defaults';
import { sendEmpty, sendJson } from './http/io';
import type { Router } from './http/router';
import type { OidcStorage } from './oidc/storage';
import { mintAccessToken, revokeUser } from './oidc/tokens';
import type { StandInState } from './state';
import {
  accountCenterBody,
  newUserBody,
  userPatchBody,
  faultBody,
  oidcBody,
  usernameBody,
  accessTokenBody,
  expireRecordsBody,
  resetBody,
  ControlInputError,
  readControlBody,
} from './testing/control-bodies';
import { accountCenterFieldKeys } from './state/account-center';
import type { Fault } from './state/faults';
import { hashPassword } from './state/password';
import { DuplicateUsernameError, toPublicUser, type UserPatch } from './state/users';
import { applyPolicies, currentPolicies, policiesBody } from './test-policies';
import {
  providerCodesView,
  replaceSocialConnectors,
  socialConnectorsBody,
  socialConnectorsView,
} from './test-social';

export type TestControlDeps = { provider: Provider; storage: OidcStorage; state: StandInState };

const knownFields = new Set<string>(accountCenterFieldKeys);

const notFound = (res: ServerResponse, what: string) =>
  sendJson(res, 404, { message: `${what} not found.` });

/**
 * Answer a request with a fault: wait `delayMs`, then either send the canned answer (status,
 * body, headers) or return false so normal processing goes on.
 */
export async function answerWithFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (fault.delayMs) {
    await sleep(fault.delayMs);
  }
  if (fault.status === undefined) {
    return false;
  }
  req.resume();
  if (fault.status === 204 || fault.status === 304) {
    sendEmpty(res, fault.status, fault.headers);
    return true;
  }
  const body = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Error' };
  sendJson(res, fault.status, body, fault.headers);
  return true;
}

/** The `/__test/*` controls (test mode only): JSON in, JSON out. */
export function registerTestControls(
  router: Router,
  { provider, storage, state }: TestControlDeps,
): void {
  const withErrors =
    (
      handler: (
        req: IncomingMessage,
        res: ServerResponse,
        params: Record<string, string>,
      ) => Promise<void>,
    ) =>
    async ({
      req,
      res,
      params,
    }: {
      req: IncomingMessage;
      res: ServerResponse;
      params: Readonly<Record<string, string>>;
    }) => {
      try {
        await handler(req, res, { ...params });
      } catch (error: unknown) {
        if (error instanceof ControlInputError) {
          sendJson(res, 400, { message: error.message, issues: error.issues });
          return;
        }
        throw error;
      }
    };

  router.post(
    '/__test/reset',
    withErrors(async (req, res) => {
      state.reset(await readControlBody(req, resetBody));
      storage.clear();
      sendJson(res, 200, { ok: true });
    }),
  );

  router.put(
    '/__test/account-center',
    withErrors(async (req, res) => {
      const { fields, ...rest } = await readControlBody(req, accountCenterBody);
      const defined = Object.fromEntries(
        Object.entries(rest).filter(([, value]) => value !== undefined),
      );
      state.accountCenter = {
        ...state.accountCenter,
        ...defined,
        // Replaces the whole object, like `PATCH /api/account-center`; unknown keys are dropped.
        ...(fields
          ? {
              fields: Object.fromEntries(
                Object.entries(fields).filter(([key]) => knownFields.has(key)),
              ),
            }
          : {}),
      };
      sendJson(res, 200, state.accountCenter);
    }),
  );

  router.post(
    '/__test/users',
    withErrors(async (req, res) => {
      const input = await readControlBody(req, newUserBody);
      if (input.id !== undefined && state.users.findById(input.id)) {
        sendJson(res, 409, { message: `user id ${input.id} is already in use` });
        return;
      }
      try {
        const user = state.users.create(input);
        sendJson(res, 201, { id: user.id });
      } catch (error: unknown) {
        if (error instanceof DuplicateUsernameError) {
          sendJson(res, 409, { message: error.message });
          return;
        }
        throw error;
      }
    }),
  );

  router.get(
    '/__test/users/:username',
    withErrors(async (_req, res, params) => {
      const user = state.users.findByUsername(params.username ?? '');
      if (!user) {
        notFound(res, 'User');
        return;
      }
      sendJson(res, 200, toPublicUser(user));
    }),
  );

  router.patch(
    '/__test/users/:username',
    withErrors(async (req, res, params) => {
      const user = state.users.findByUsername(params.username ?? '');
      if (!user) {
        notFound(res, 'User');
        return;
      }
      const { password, ...changes } = await readControlBody(req, userPatchBody);
      if (
        changes.username &&
        changes.username !== user.username &&
        state.users.findByUsername(changes.username)
      ) {
        sendJson(res, 409, { message: `username ${changes.username} is already in use` });
        return;
      }
      const patch: UserPatch = {
        ...changes,
        ...(password === undefined
          ? {}
          : { passwordHash: password === null ? null : hashPassword(password) }),
      };
      sendJson(res, 200, toPublicUser(state.users.update(user.id, patch)));
    }),
  );

  // `providerCodes` travel through the browser by design (the callback URL); record IDs never should.
  router.get(
    '/__test/records',
    withErrors(async (_req, res) =>
      sendJson(res, 200, {
        recordIds: [...state.verificationRecords.issuedIds()],
        providerCodes: state.providerCodes.list().map(({ code }) => code),
      }),
    ),
  );

  router.get(
    '/__test/social-connectors',
    withErrors(async (_req, res) => sendJson(res, 200, socialConnectorsView(state))),
  );

  router.put(
    '/__test/social-connectors',
    withErrors(async (req, res) => {
      replaceSocialConnectors(state, await readControlBody(req, socialConnectorsBody));
      sendJson(res, 200, socialConnectorsView(state));
    }),
  );

  router.get(
    '/__test/provider-codes',
    withErrors(async (_req, res) => sendJson(res, 200, providerCodesView(state))),
  );

  router.post(
    '/__test/faults',
    withErrors(async (req, res) => {
      state.faults.add(await readControlBody(req, faultBody));
      sendJson(res, 201, { faults: state.faults.list() });
    }),
  );

  router.get(
    '/__test/faults',
    withErrors(async (_req, res) => sendJson(res, 200, { faults: state.faults.list() })),
  );

  router.delete(
    '/__test/faults',
    withErrors(async (_req, res) => {
      state.faults.clear();
      sendJson(res, 200, { faults: [] });
    }),
  );

  router.put(
    '/__test/oidc',
    withErrors(async (req, res) => {
      const { accessTokenTtl } = await readControlBody(req, oidcBody);
      state.accessTokenTtl = accessTokenTtl;
      sendJson(res, 200, { accessTokenTtl });
    }),
  );

  router.get(
    '/__test/tokens',
    withErrors(async (_req, res) => sendJson(res, 200, storage.issuedTokens())),
  );

  router.post(
    '/__test/revoke',
    withErrors(async (req, res) => {
      const user = state.users.findByUsername((await readControlBody(req, usernameBody)).username);
      if (!user) {
        notFound(res, 'User');
        return;
      }
      await revokeUser(provider, storage, user.id);
      sendJson(res, 200, { ok: true });
    }),
  );

  router.post(
    '/__test/access-token',
    withErrors(async (req, res) => {
      const {
        username,
        userId,
        scopes = [...DECLARED_SCOPES],
      } = await readControlBody(req, accessTokenBody);
      const user =
        userId === undefined
          ? state.users.findByUsername(username ?? '')
          : state.users.findById(userId);
      if (!user) {
        notFound(res, 'User');
        return;
      }
      sendJson(res, 200, { accessToken: await mintAccessToken(provider, user.id, scopes) });
    }),
  );

  router.get(
    '/__test/codes',
    withErrors(async (req, res) => {
      // `trim`: an unencoded `+` in a query string arrives as a space.
      const identifier = (
        new URL(req.url ?? '/', 'http://stand-in').searchParams.get('identifier') ?? ''
      ).trim();
      if (!identifier) {
        throw new ControlInputError([{ message: 'identifier is required' }]);
      }
      // An email is matched lower-cased; a phone by its normalised digits (a leading `+` is dropped).
      const recipient = identifier.includes('@')
        ? { type: 'email' as const, value: identifier }
        : { type: 'phone' as const, value: identifier.replace(/^\+/, '') };
      sendJson(res, 200, { codes: state.outbox.sentTo(recipient) });
    }),
  );

  router.get(
    '/__test/policies',
    withErrors(async (_req, res) => sendJson(res, 200, currentPolicies(state))),
  );

  router.put(
    '/__test/policies',
    withErrors(async (req, res) => {
      applyPolicies(state, await readControlBody(req, policiesBody));
      sendJson(res, 200, currentPolicies(state));
    }),
  );

  router.post(
    '/__test/expire-records',
    withErrors(async (req, res) => {
      const { username, type } = await readControlBody(req, expireRecordsBody);
      const user = username === undefined ? undefined : state.users.findByUsername(username);
      if (username !== undefined && !user) {
        notFound(res, 'User');
        return;
      }
      sendJson(res, 200, { expired: state.verificationRecords.expire(user?.id, type) });
    }),
  );
}
