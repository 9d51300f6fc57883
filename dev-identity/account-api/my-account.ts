import { z } from 'zod';

import { assertThat, LogtoError } from '../errors';
import type { Router } from '../http/router';
import { isEditable } from '../state/account-center';
import { hasRemainingIdentifier } from '../state/users';

import { accountRoute, json, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { accountProfile, scopedClaims } from './profile';
import { profileSchema } from './schemas';
import { assertUsernameAvailable, usernamePattern } from './username';

/** Column limits of Logto's `users` table; longer values fail at write time with 422. */
const NAME_MAX_LENGTH = 128;
const AVATAR_MAX_LENGTH = 2048;

const patchAccountBody = z.object({
  name: z.string().nullable().optional(),
  avatar: z.string().url().nullable().optional(),
  username: z.string().regex(usernamePattern).nullable().optional(),
  customData: z.record(z.string(), z.unknown()).optional(),
});

const assertLength = (value: string | null | undefined, max: number) => {
  if (typeof value === 'string' && value.length > max) {
    throw new LogtoError('entity.value_too_long', { status: 422 });
  }
};

/** `GET`/`PATCH /api/my-account` and `PATCH /api/my-account/profile` (§3.1). */
export function registerMyAccountRoutes(router: Router, deps: ApiDeps): void {
  router.get(
    '/api/my-account',
    accountRoute(deps, {}, ({ auth, accountCenter, user }) =>
      json(accountProfile(user(), auth.scopes, accountCenter.fields)),
    ),
  );

  router.patch(
    '/api/my-account',
    accountRoute(deps, { body: patchAccountBody }, (ctx) => {
      const { auth, accountCenter, body, state } = ctx;
      const { name, avatar, username, customData } = body;
      const { fields } = accountCenter;
      const editable = (value: unknown, field: Parameters<typeof isEditable>[1]) =>
        value === undefined || isEditable(fields, field);

      assertThat(editable(name, 'name'), 'account_center.field_not_editable');
      assertThat(editable(avatar, 'avatar'), 'account_center.field_not_editable');
      assertThat(editable(username, 'username'), 'account_center.field_not_editable');
      assertThat(editable(customData, 'customData'), 'account_center.field_not_editable');
      assertThat(auth.scopes.has('profile'), 'auth.unauthorized');
      if (customData !== undefined) {
        assertThat(auth.scopes.has('custom_data'), 'auth.unauthorized');
      }
      assertFirstPartyClient(auth);

      const user = ctx.user();
      if (username !== undefined) {
        // Always step-up, even for a user who has no way to get it (§3.1 step 5).
        assertThat(ctx.identityVerified(), 'verification_record.permission_denied', {
          status: 401,
        });
        if (username === null) {
          assertThat(
            hasRemainingIdentifier(user, { username: null }),
            'user.last_sign_in_method_required',
          );
        } else {
          assertUsernameAvailable(username, user, state.users, state.signInExperience);
        }
      }
      assertLength(name, NAME_MAX_LENGTH);
      assertLength(avatar, AVATAR_MAX_LENGTH);

      const changes = { name, avatar, username, customData };
      const changed = Object.values(changes).some((value) => value !== undefined);
      // Logto would run an empty UPDATE (probably a 500); the stand-in answers the profile.
      const updated = changed ? state.users.update(user.id, changes) : user;
      return json(accountProfile(updated, auth.scopes, fields));
    }),
  );

  router.patch(
    '/api/my-account/profile',
    accountRoute(deps, { body: profileSchema }, (ctx) => {
      const { auth, accountCenter, body, state } = ctx;
      assertThat(isEditable(accountCenter.fields, 'profile'), 'account_center.field_not_editable');
      assertThat(auth.scopes.has('profile'), 'auth.unauthorized');
      if (body.address !== undefined) {
        assertThat(auth.scopes.has('address'), 'auth.unauthorized');
      }
      assertFirstPartyClient(auth);

      const user = ctx.user();
      // Merged one level deep: keys sent overwrite, a sent `address` replaces the stored one.
      const updated = state.users.update(user.id, { profile: { ...user.profile, ...body } });
      // The whole profile, not filtered by the field controls (§3.1).
      return json(scopedClaims(updated, auth.scopes));
    }),
  );
}
