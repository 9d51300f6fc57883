import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import type Provider from 'oidc-provider';
import { z } from 'zod';

import { profileSchema } from './account-api/schemas';
import { DECLARED_SCOPES } from './defaults';
import { parseBody, sendEmpty, sendJson } from './http/io';
import type { Router } from './http/router';
import type { OidcStorage } from './oidc/storage';
import { mintAccessToken, revokeUser } from './oidc/tokens';
import type { StandInState } from './state';
import { accountCenterFieldKeys, fieldControlValues } from './state/account-center';
import type { Fault } from './state/faults';
import { hashPassword } from './state/password';
import { DuplicateUsernameError, toPublicUser, type UserPatch } from './state/users';
import { applyPolicies, currentPolicies, policiesBody } from './test-policies';
import { providerCodesView, replaceSocialConnectors, socialConnectorsBody, socialConnectorsView } from './test-social';

export type TestControlDeps = { provider: Provider; storage: OidcStorage; state: StandInState };

class ControlInputError extends Error {
  constructor(readonly issues: unknown) {
    super('Invalid test-control body.');
  }
}

async function readControlBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await parseBody(req));
  if (!result.success) {
    throw new ControlInputError(result.error.issues);
  }
  return result.data;
}

const fieldControl = z.enum(fieldControlValues);

const accountCenterBody = z.object({
  enabled: z.boolean().optional(),
  fields: z.record(z.string(), fieldControl).optional(),
  webauthnRelatedOrigins: z.array(z.string()).optional(),
  deleteAccountUrl: z.string().nullable().optional(),
  customCss: z.string().nullable().optional(),
  profileFields: z.array(z.object({ name: z.string() })).nullable().optional(),
});

const identitySchema = z.object({ userId: z.string().min(1), details: z.record(z.string(), z.unknown()).optional() });

const newUserBody = z.object({
  id: z.string().min(1).optional(),
  /** Absent or null: a user without a username (for example social-only). */
  username: z.string().min(1).nullable().default(null),
  password: z.string().min(1).nullable().optional(),
  name: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  primaryEmail: z.string().nullable().optional(),
  primaryPhone: z.string().regex(/^\d+$/).nullable().optional(),
  profile: profileSchema.optional(),
  customData: z.record(z.string(), z.unknown()).optional(),
  identities: z.record(z.string(), identitySchema).optional(),
});

/** `PATCH /__test/users/:username`: change a user behind the portal's back; null clears a field. */
const userPatchBody = z
  .object({
    username: z.string().min(1).nullable(),
    password: z.string().min(1).nullable(),
    name: z.string().nullable(),
    avatar: z.string().nullable(),
    primaryEmail: z.string().nullable(),
    primaryPhone: z.string().regex(/^\d+$/).nullable(),
    profile: profileSchema,
    customData: z.record(z.string(), z.unknown()),
    identities: z.record(z.string(), identitySchema),
    isSuspended: z.boolean(),
  })
  .partial();

const faultBody = z.object({
  path: z.string().startsWith('/'),
  method: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  body: z.record(z.string(), z.unknown()).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  times: z.number().int().min(1).default(1),
});

const oidcBody = z.object({ accessTokenTtl: z.number().int().min(1) });
const usernameBody = z.object({ username: z.string().min(1) });
const accessTokenBody = z
  .object({ username: z.string().min(1).optional(), userId: z.string().min(1).optional(), scopes: z.array(z.string()).optional() })
  .refine((body) => body.username !== undefined || body.userId !== undefined, { message: 'username or userId is required' });
const expireRecordsBody = z.object({ username: z.string().min(1).optional(), type: z.string().min(1).optional() });

const knownFields = new Set<string>(accountCenterFieldKeys);

const notFound = (res: ServerResponse, what: string) => sendJson(res, 404, { message: `${what} not found.` });

/**
 * Answer a request with a fault: wait `delayMs`, then either send the canned answer (status,
 * body, headers) or return false so normal processing goes on.
 */
export async function answerWithFault(fault: Fault, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
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
export function registerTestControls(router: Router, { provider, storage, state }: TestControlDeps): void {
  const withErrors =
    (handler: (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => Promise<void>) =>
    async ({ req, res, params }: { req: IncomingMessage; res: ServerResponse; params: Readonly<Record<string, string>> }) => {
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

  router.post('/__test/reset', withErrors(async (_req, res) => {
    state.reset();
    storage.clear();
    sendJson(res, 200, { ok: true });
  }));

  router.put('/__test/account-center', withErrors(async (req, res) => {
    const { fields, ...rest } = await readControlBody(req, accountCenterBody);
    const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    state.accountCenter = {
      ...state.accountCenter,
      ...defined,
      // Replaces the whole object, like `PATCH /api/account-center`; unknown keys are dropped.
      ...(fields ? { fields: Object.fromEntries(Object.entries(fields).filter(([key]) => knownFields.has(key))) } : {}),
    };
    sendJson(res, 200, state.accountCenter);
  }));

  router.post('/__test/users', withErrors(async (req, res) => {
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
  }));

  router.get('/__test/users/:username', withErrors(async (_req, res, params) => {
    const user = state.users.findByUsername(params.username ?? '');
    if (!user) {
      notFound(res, 'User');
      return;
    }
    sendJson(res, 200, toPublicUser(user));
  }));

  router.patch('/__test/users/:username', withErrors(async (req, res, params) => {
    const user = state.users.findByUsername(params.username ?? '');
    if (!user) {
      notFound(res, 'User');
      return;
    }
    const { password, ...changes } = await readControlBody(req, userPatchBody);
    if (changes.username && changes.username !== user.username && state.users.findByUsername(changes.username)) {
      sendJson(res, 409, { message: `username ${changes.username} is already in use` });
      return;
    }
    const patch: UserPatch = {
      ...changes,
      ...(password === undefined ? {} : { passwordHash: password === null ? null : hashPassword(password) }),
    };
    sendJson(res, 200, toPublicUser(state.users.update(user.id, patch)));
  }));

  // `providerCodes` travel through the browser by design (the callback URL); record IDs never should.
  router.get('/__test/records', withErrors(async (_req, res) =>
    sendJson(res, 200, {
      recordIds: [...state.verificationRecords.issuedIds()],
      providerCodes: state.providerCodes.list().map(({ code }) => code),
    }),
  ));

  router.get('/__test/social-connectors', withErrors(async (_req, res) => sendJson(res, 200, socialConnectorsView(state))));

  router.put('/__test/social-connectors', withErrors(async (req, res) => {
    replaceSocialConnectors(state, await readControlBody(req, socialConnectorsBody));
    sendJson(res, 200, socialConnectorsView(state));
  }));

  router.get('/__test/provider-codes', withErrors(async (_req, res) => sendJson(res, 200, providerCodesView(state))));

  router.post('/__test/faults', withErrors(async (req, res) => {
    state.faults.add(await readControlBody(req, faultBody));
    sendJson(res, 201, { faults: state.faults.list() });
  }));

  router.get('/__test/faults', withErrors(async (_req, res) => sendJson(res, 200, { faults: state.faults.list() })));

  router.delete('/__test/faults', withErrors(async (_req, res) => {
    state.faults.clear();
    sendJson(res, 200, { faults: [] });
  }));

  router.put('/__test/oidc', withErrors(async (req, res) => {
    const { accessTokenTtl } = await readControlBody(req, oidcBody);
    state.accessTokenTtl = accessTokenTtl;
    sendJson(res, 200, { accessTokenTtl });
  }));

  router.get('/__test/tokens', withErrors(async (_req, res) => sendJson(res, 200, storage.issuedTokens())));

  router.post('/__test/revoke', withErrors(async (req, res) => {
    const user = state.users.findByUsername((await readControlBody(req, usernameBody)).username);
    if (!user) {
      notFound(res, 'User');
      return;
    }
    await revokeUser(provider, storage, user.id);
    sendJson(res, 200, { ok: true });
  }));

  router.post('/__test/access-token', withErrors(async (req, res) => {
    const { username, userId, scopes = [...DECLARED_SCOPES] } = await readControlBody(req, accessTokenBody);
    const user = userId === undefined ? state.users.findByUsername(username ?? '') : state.users.findById(userId);
    if (!user) {
      notFound(res, 'User');
      return;
    }
    sendJson(res, 200, { accessToken: await mintAccessToken(provider, user.id, scopes) });
  }));

  router.get('/__test/codes', withErrors(async (req, res) => {
    // `trim`: an unencoded `+` in a query string arrives as a space.
    const identifier = (new URL(req.url ?? '/', 'http://stand-in').searchParams.get('identifier') ?? '').trim();
    if (!identifier) {
      throw new ControlInputError([{ message: 'identifier is required' }]);
    }
    // An email is matched lower-cased; a phone by its normalised digits (a leading `+` is dropped).
    const recipient = identifier.includes('@')
      ? { type: 'email' as const, value: identifier }
      : { type: 'phone' as const, value: identifier.replace(/^\+/, '') };
    sendJson(res, 200, { codes: state.outbox.sentTo(recipient) });
  }));

  router.get('/__test/policies', withErrors(async (_req, res) => sendJson(res, 200, currentPolicies(state))));

  router.put('/__test/policies', withErrors(async (req, res) => {
    applyPolicies(state, await readControlBody(req, policiesBody));
    sendJson(res, 200, currentPolicies(state));
  }));

  router.post('/__test/expire-records', withErrors(async (req, res) => {
    const { username, type } = await readControlBody(req, expireRecordsBody);
    const user = username === undefined ? undefined : state.users.findByUsername(username);
    if (username !== undefined && !user) {
      notFound(res, 'User');
      return;
    }
    sendJson(res, 200, { expired: state.verificationRecords.expire(user?.id, type) });
  }));
}
