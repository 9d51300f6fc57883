import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import { isEditable, isReadable } from '../state/account-center';
import {
  generateBackupCodes,
  generateTotpSecret,
  isValidBackupCodeSet,
  isValidTotpCode,
  isValidTotpSecret,
  mfaVerificationsView,
  newStandardId,
  updatedLogtoConfig,
  type MfaVerification,
  type TotpVerification,
} from '../state/mfa';
import type { StoredUser } from '../state/users';

import {
  accountRoute,
  json,
  noContent,
  plainOk,
  type AccountContext,
  type ApiDeps,
} from './context';
import { assertFirstPartyClient } from './first-party';
import { webAuthnCredentialFrom } from './web-authn';

const PREFIX = '/api/my-account/mfa-verifications';

/** Logto's body: a union on `type`, whose TOTP literal is `Totp`. */
const addBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('WebAuthn'),
    newIdentifierVerificationRecordId: z.string(),
    name: z.string().optional(),
  }),
  z.object({ type: z.literal('Totp'), secret: z.string(), code: z.string().optional() }),
  z.object({ type: z.literal('BackupCode'), codes: z.array(z.string()) }),
]);

const totpBody = z.object({ secret: z.string(), code: z.string() });
const nameBody = z.object({ name: z.string() });

/** Step-up (§4.4), or `401 verification_record.permission_denied`. */
export const assertIdentityVerified = <Body>(ctx: AccountContext<Body>): void =>
  assertThat(ctx.identityVerified(), 'verification_record.permission_denied', { status: 401 });

/** Every MFA route wants the `identities` scope, with 401. */
export const assertIdentitiesScope = <Body>(ctx: AccountContext<Body>): void =>
  assertThat(ctx.auth.scopes.has('identities'), 'auth.unauthorized', { status: 401 });

const now = () => new Date().toISOString();

/** Write the factors; binding TOTP or backup codes (and WebAuthn when it is a factor) enables MFA. */
function saveFactors<Body>(
  ctx: AccountContext<Body>,
  user: StoredUser,
  mfaVerifications: MfaVerification[],
  enableMfa: boolean,
): void {
  ctx.state.users.update(user.id, {
    mfaVerifications,
    ...(enableMfa
      ? { logtoConfig: updatedLogtoConfig(user.logtoConfig, { mfa: { enabled: true } }) }
      : {}),
  });
}

function addTotp(ctx: AccountContext<unknown>, user: StoredUser, secret: string, code?: string) {
  const factors = user.mfaVerifications;
  if (factors.some(({ type }) => type === 'Totp')) {
    throw new LogtoError('user.totp_already_in_use', { status: 422 });
  }
  assertThat(isValidTotpSecret(secret), 'user.totp_secret_invalid');
  // An empty `code` is not checked, as in Logto (`if (code)`).
  if (code) {
    assertThat(isValidTotpCode(secret, code), 'session.mfa.invalid_totp_code');
  }
  const totp: TotpVerification = {
    id: newStandardId(),
    createdAt: now(),
    type: 'Totp',
    key: secret,
  };
  saveFactors(ctx, user, [...factors, totp], true);
}

function addBackupCodes(ctx: AccountContext<unknown>, user: StoredUser, codes: string[]) {
  const factors = user.mfaVerifications;
  const unusedSetExists = factors.some(
    (factor) => factor.type === 'BackupCode' && factor.codes.some(({ usedAt }) => !usedAt),
  );
  if (unusedSetExists) {
    throw new LogtoError('user.backup_code_already_in_use', { status: 422 });
  }
  if (!factors.some(({ type }) => type !== 'BackupCode')) {
    throw new LogtoError('session.mfa.backup_code_can_not_be_alone', { status: 422 });
  }
  if (!isValidBackupCodeSet(codes)) {
    throw new LogtoError('user.wrong_backup_code_format', { status: 422 });
  }
  const set: MfaVerification = {
    id: newStandardId(),
    createdAt: now(),
    type: 'BackupCode',
    codes: codes.map((code) => ({ code })),
  };
  saveFactors(ctx, user, [...factors, set], true);
}

/** The MFA factor routes of §3.6. */
export function registerMfaVerificationRoutes(router: Router, deps: ApiDeps): void {
  router.get(
    PREFIX,
    accountRoute(deps, {}, (ctx) => {
      // The field before the scope, unlike `mfa-settings`.
      assertThat(isReadable(ctx.accountCenter.fields, 'mfa'), 'account_center.field_not_enabled');
      assertIdentitiesScope(ctx);
      return json(mfaVerificationsView(ctx.user().mfaVerifications));
    }),
  );

  router.post(
    PREFIX,
    accountRoute(deps, { body: addBody }, (ctx) => {
      const { body, accountCenter, state } = ctx;
      assertIdentityVerified(ctx);
      const isWebAuthn = body.type === 'WebAuthn';
      assertThat(
        isEditable(accountCenter.fields, isWebAuthn ? 'passkey' : 'mfa'),
        'account_center.field_not_editable',
      );
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      const user = ctx.user();
      const { mfa, passkeySignIn } = state.signInExperience;
      const factorEnabled = isWebAuthn
        ? mfa.factors.includes('WebAuthn') || passkeySignIn.enabled === true
        : mfa.factors.includes(body.type);
      assertThat(factorEnabled, 'session.mfa.mfa_factor_not_enabled');

      if (body.type === 'Totp') {
        addTotp(ctx, user, body.secret, body.code);
      } else if (body.type === 'BackupCode') {
        addBackupCodes(ctx, user, body.codes);
      } else {
        const credential = webAuthnCredentialFrom(state, body.newIdentifierVerificationRecordId);
        const passkey: MfaVerification = {
          ...credential,
          id: newStandardId(),
          createdAt: now(),
          ...(body.name === undefined ? {} : { name: body.name }),
        };
        saveFactors(
          ctx,
          user,
          [...user.mfaVerifications, passkey],
          mfa.factors.includes('WebAuthn'),
        );
      }
      return noContent();
    }),
  );

  router.put(
    `${PREFIX}/totp`,
    accountRoute(deps, { body: totpBody }, (ctx) => {
      const { body, state } = ctx;
      assertIdentityVerified(ctx);
      assertThat(isEditable(ctx.accountCenter.fields, 'mfa'), 'account_center.field_not_editable');
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      assertThat(
        state.signInExperience.mfa.factors.includes('Totp'),
        'session.mfa.mfa_factor_not_enabled',
      );
      const user = ctx.user();
      assertThat(isValidTotpSecret(body.secret), 'user.totp_secret_invalid');
      assertThat(isValidTotpCode(body.secret, body.code), 'session.mfa.invalid_totp_code');
      const totp: TotpVerification = {
        id: newStandardId(),
        createdAt: now(),
        type: 'Totp',
        key: body.secret,
      };
      const factors = user.mfaVerifications;
      const existing = factors.find(({ type }) => type === 'Totp');
      const next = existing
        ? factors.map((factor) => (factor.id === existing.id ? totp : factor))
        : [...factors, totp];
      saveFactors(ctx, user, next, true);
      return noContent();
    }),
  );

  // Neither generator stores anything on the user: the client sends the secret or codes back to
  // bind them. The test log (`GET /__test/mfa-secrets`) lets specs check none leaks.
  router.post(
    `${PREFIX}/totp-secret/generate`,
    accountRoute(deps, {}, () => {
      const secret = generateTotpSecret();
      deps.state.issuedMfaSecrets.totpSecrets.push(secret);
      return json({ secret });
    }),
  );
  router.post(
    `${PREFIX}/backup-codes/generate`,
    accountRoute(deps, {}, () => {
      const codes = generateBackupCodes();
      deps.state.issuedMfaSecrets.backupCodes.push(...codes);
      return json({ codes });
    }),
  );

  router.get(
    `${PREFIX}/backup-codes`,
    accountRoute(deps, {}, (ctx) => {
      assertIdentityVerified(ctx);
      assertIdentitiesScope(ctx);
      const set = ctx.user().mfaVerifications.find(({ type }) => type === 'BackupCode');
      assertThat(set?.type === 'BackupCode', 'verification_record.not_found', { status: 404 });
      return json({ codes: set.codes.map(({ code, usedAt }) => ({ code, usedAt })) });
    }),
  );

  router.patch(
    `${PREFIX}/:verificationId/name`,
    accountRoute(deps, { body: nameBody }, (ctx) => {
      assertIdentityVerified(ctx);
      assertThat(
        isEditable(ctx.accountCenter.fields, 'passkey'),
        'account_center.field_not_editable',
      );
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      const user = ctx.user();
      const id = ctx.params.verificationId;
      const target = user.mfaVerifications.find(
        (factor) => factor.id === id && factor.type === 'WebAuthn',
      );
      assertThat(target, 'verification_record.not_found');
      const next = user.mfaVerifications.map((factor) =>
        factor.id === id ? { ...factor, name: ctx.body.name } : factor,
      );
      ctx.state.users.update(user.id, { mfaVerifications: next });
      // Koa's bare `ctx.status = 200`: the plain text `OK`, not JSON.
      return plainOk();
    }),
  );

  router.delete(
    `${PREFIX}/:verificationId`,
    accountRoute(deps, {}, (ctx) => {
      assertIdentityVerified(ctx);
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      const user = ctx.user();
      const id = ctx.params.verificationId;
      const target = user.mfaVerifications.find((factor) => factor.id === id);
      // The entry is looked up before the field gate, whose control depends on its type.
      assertThat(target, 'verification_record.not_found');
      assertThat(
        isEditable(ctx.accountCenter.fields, target.type === 'WebAuthn' ? 'passkey' : 'mfa'),
        'account_center.field_not_editable',
      );
      ctx.state.users.update(user.id, {
        mfaVerifications: user.mfaVerifications.filter((factor) => factor.id !== id),
      });
      return noContent();
    }),
  );
}
