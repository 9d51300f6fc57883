import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import { isEditable } from '../state/account-center';
import { normalizePhone, phoneKey } from '../state/phone';
import { hasRemainingIdentifier } from '../state/users';
import type { StandInState } from '../state';

import { accountRoute, noContent, type AccountContext, type ApiDeps } from './context';
import { assertEmailAllowed } from './email-policy';
import { assertFirstPartyClient } from './first-party';
import { emailPattern, phonePattern } from './verifications';

const emailBody = z.object({
  email: z.string().regex(emailPattern),
  newIdentifierVerificationRecordId: z.string(),
});
const phoneBody = z.object({
  phone: z.string().regex(phonePattern),
  newIdentifierVerificationRecordId: z.string(),
});

type Kind = 'email' | 'phone';

/** Steps shared by the four routes (§3.3): IV, the field, the scope, then the first-party guard. */
function assertCanChange<Body>(ctx: AccountContext<Body>, kind: Kind): void {
  assertThat(ctx.identityVerified(), 'verification_record.permission_denied', { status: 401 });
  assertThat(isEditable(ctx.accountCenter.fields, kind), 'account_center.field_not_editable');
  assertThat(ctx.auth.scopes.has(kind), 'auth.unauthorized');
  assertFirstPartyClient(ctx.auth);
}

/**
 * The new-identifier proof (§4.5): an unexpired, verified code record of the right type whose
 * identifier equals the body value exactly. Owner and template are not checked.
 */
function assertNewIdentifierProof(
  state: StandInState,
  recordId: string,
  kind: Kind,
  value: string,
): void {
  const record = state.verificationRecords.find(recordId);
  const type = kind === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
  assertThat(record?.type === type, 'verification_record.not_found');
  assertThat(record.verified, 'verification_record.not_found');
  assertThat(record.identifier?.value === value, 'verification_record.not_found');
}

/** `POST`/`DELETE /api/my-account/primary-email` and `…/primary-phone` (§3.3). */
export function registerEmailAndPhoneRoutes(router: Router, deps: ApiDeps): void {
  router.post(
    '/api/my-account/primary-email',
    accountRoute(deps, { body: emailBody }, (ctx) => {
      const { body, state } = ctx;
      const { email, newIdentifierVerificationRecordId } = body;
      assertCanChange(ctx, 'email');
      assertEmailAllowed(email, state.signInExperience.emailBlocklistPolicy);
      assertNewIdentifierProof(state, newIdentifierVerificationRecordId, 'email', email);
      const user = ctx.user();
      const wanted = email.toLowerCase();
      const inUse = state.users
        .all()
        .some((other) => other.id !== user.id && other.primaryEmail?.toLowerCase() === wanted);
      if (inUse) {
        throw new LogtoError('user.email_already_in_use', { status: 422 });
      }
      state.users.update(user.id, { primaryEmail: email });
      return noContent();
    }),
  );

  router.post(
    '/api/my-account/primary-phone',
    accountRoute(deps, { body: phoneBody }, (ctx) => {
      const { body, state } = ctx;
      const { phone, newIdentifierVerificationRecordId } = body;
      assertCanChange(ctx, 'phone');
      assertNewIdentifierProof(state, newIdentifierVerificationRecordId, 'phone', phone);
      const normalized = normalizePhone(phone);
      if (!normalized) {
        throw new LogtoError('user.invalid_phone', { status: 422 });
      }
      const user = ctx.user();
      // With or without the national leading zero, it is the same number (§8 item 19).
      const inUse = state.users
        .all()
        .some(
          (other) =>
            other.id !== user.id &&
            other.primaryPhone !== null &&
            phoneKey(other.primaryPhone) === normalized,
        );
      if (inUse) {
        throw new LogtoError('user.phone_already_in_use', { status: 422 });
      }
      state.users.update(user.id, { primaryPhone: normalized });
      return noContent();
    }),
  );

  for (const kind of ['email', 'phone'] as const) {
    router.delete(
      `/api/my-account/primary-${kind}`,
      accountRoute(deps, {}, (ctx) => {
        assertCanChange(ctx, kind);
        const user = ctx.user();
        const change = kind === 'email' ? { primaryEmail: null } : { primaryPhone: null };
        // The sign-up identifier settings are not consulted (§3.3).
        assertThat(hasRemainingIdentifier(user, change), 'user.last_sign_in_method_required');
        ctx.state.users.update(user.id, change);
        return noContent();
      }),
    );
  }
}
