import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { StandInState } from '../state';
import { isEditable } from '../state/account-center';
import type { SocialUserInfo } from '../state/social-connectors';
import {
  hasRemainingIdentifier,
  hasSecurityVerificationMethod,
  type StoredUser,
} from '../state/users';

import { accountRoute, noContent, type AccountContext, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import type { SocialRecordData } from './social';

const linkBody = z.object({ newIdentifierVerificationRecordId: z.string() });

/**
 * Steps 1–4 shared by the three routes (§3.4): `fields.social` is `Edit`, the `identities` scope
 * (401 on POST/PUT, 400 on DELETE), the first-party guard, then IV-if-needed.
 */
function assertCanChangeIdentities<Body>(
  ctx: AccountContext<Body>,
  scopeStatus: 400 | 401,
): StoredUser {
  assertThat(isEditable(ctx.accountCenter.fields, 'social'), 'account_center.field_not_editable');
  assertThat(ctx.auth.scopes.has('identities'), 'auth.unauthorized', { status: scopeStatus });
  assertFirstPartyClient(ctx.auth);
  const user = ctx.user();
  if (hasSecurityVerificationMethod(user)) {
    assertThat(ctx.identityVerified(), 'verification_record.permission_denied', { status: 401 });
  }
  return user;
}

/** The new-identifier proof (§4.5): a verified, unexpired Social record. The owner is not checked. */
function verifiedSocialIdentity(
  state: StandInState,
  recordId: string,
): { target: string; userInfo: SocialUserInfo } {
  const record = state.verificationRecords.find(recordId);
  assertThat(record?.type === 'Social', 'verification_record.not_found');
  assertThat(record.verified, 'verification_record.not_found');
  const { target, socialUserInfo } = record.data as SocialRecordData;
  assertThat(socialUserInfo, 'verification_record.not_found');
  return { target, userInfo: socialUserInfo };
}

/** `POST`/`PUT /api/my-account/identities` and `DELETE /api/my-account/identities/:target` (§3.4). */
export function registerIdentityRoutes(router: Router, deps: ApiDeps): void {
  for (const method of ['POST', 'PUT'] as const) {
    router.on(
      method,
      '/api/my-account/identities',
      accountRoute(deps, { body: linkBody }, (ctx) => {
        const { state, body } = ctx;
        const user = assertCanChangeIdentities(ctx, 401);
        const { target, userInfo } = verifiedSocialIdentity(
          state,
          body.newIdentifierVerificationRecordId,
        );
        const linkedElsewhere = state.users
          .all()
          .some(
            (other) => other.id !== user.id && other.identities[target]?.userId === userInfo.id,
          );
        if (linkedElsewhere) {
          throw new LogtoError('user.identity_already_in_use', { status: 422 });
        }
        // PUT replaces an existing identity for the target; POST refuses it.
        if (method === 'POST' && Object.hasOwn(user.identities, target)) {
          throw new LogtoError('user.identity_already_in_use', { status: 422 });
        }
        const identities = {
          ...user.identities,
          [target]: { userId: userInfo.id, details: { ...userInfo } },
        };
        state.users.update(user.id, { identities });
        return noContent();
      }),
    );
  }

  router.delete(
    '/api/my-account/identities/:target',
    accountRoute(deps, {}, (ctx) => {
      const { state, params } = ctx;
      const user = assertCanChangeIdentities(ctx, 400);
      const target = params.target ?? '';
      if (!Object.hasOwn(user.identities, target)) {
        throw new LogtoError('user.identity_not_exist', { status: 404 });
      }
      const identities = { ...user.identities };
      delete identities[target];
      assertThat(hasRemainingIdentifier(user, { identities }), 'user.last_sign_in_method_required');
      state.users.update(user.id, { identities });
      return noContent();
    }),
  );
}
