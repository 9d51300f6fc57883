import type Provider from 'oidc-provider';

import { LogtoError } from '../errors';
import type { Router } from '../http/router';
import type { OidcStorage } from '../oidc/storage';
import { revokeUser } from '../oidc/tokens';

import { managementRoute, Reply, type ManagementDeps } from './route';

export type UserRouteDeps = ManagementDeps & { provider: Provider; storage: OidcStorage };

/**
 * `DELETE /api/users/:userId` (Logto's `admin-user/basics.ts`): a user token may not delete its
 * own user (`400 user.cannot_delete_self`), an unknown id is `404 entity.not_exists_with_id`,
 * else the user is gone with everything stored on it (identities, MFA factors, custom data) and
 * `204`. The stand-in also ends the user's sessions, grants and tokens, so what they held stops
 * working at once.
 */
export function registerUserRoutes(router: Router, deps: UserRouteDeps): void {
  router.delete(
    '/api/users/:userId',
    managementRoute(deps, {}, async ({ auth, state, params }) => {
      const userId = params.userId ?? '';
      if (auth.type === 'user' && auth.id === userId) {
        throw new LogtoError('user.cannot_delete_self');
      }
      if (!state.users.delete(userId)) {
        throw new LogtoError('entity.not_exists_with_id', {
          status: 404,
          interpolation: { name: 'users', id: userId },
        });
      }
      await revokeUser(deps.provider, deps.storage, userId);
      return new Reply(204);
    }),
  );
}
