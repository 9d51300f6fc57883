import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import { isEditable } from '../state/account-center';
import { hashPassword, verifyPassword } from '../state/password';
import { hasSecurityVerificationMethod } from '../state/users';

import { accountRoute, noContent, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { checkPassword } from './password-policy';

const passwordBody = z.object({ password: z.string().min(1) });

/** `POST /api/my-account/password` (§3.2). */
export function registerPasswordRoutes(router: Router, deps: ApiDeps): void {
  router.post(
    '/api/my-account/password',
    accountRoute(deps, { body: passwordBody }, (ctx) => {
      const { auth, accountCenter, body, state } = ctx;
      const { password } = body;
      assertFirstPartyClient(auth);
      const user = ctx.user();
      // IV-if-needed: a user with no password, email or phone may set a first password without it.
      if (hasSecurityVerificationMethod(user)) {
        assertThat(ctx.identityVerified(), 'verification_record.permission_denied', {
          status: 401,
        });
      }
      // After IV on purpose: a user with a password and no header gets 401, not 400.
      assertThat(isEditable(accountCenter.fields, 'password'), 'account_center.field_not_editable');

      const issues = checkPassword(password, state.signInExperience.passwordPolicy, {
        name: user.name ?? undefined,
        username: user.username ?? undefined,
        email: user.primaryEmail ?? undefined,
        phoneNumber: user.primaryPhone ?? undefined,
      });
      if (issues.length > 0) {
        throw new LogtoError('password.rejected', { status: 422, data: issues });
      }
      if (user.passwordHash && verifyPassword(password, user.passwordHash)) {
        throw new LogtoError('user.same_password', { status: 422 });
      }
      state.users.update(user.id, { passwordHash: hashPassword(password) });
      return noContent();
    }),
  );
}
