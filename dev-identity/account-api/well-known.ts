import { sendJson } from '../http/io';
import type { Router } from '../http/router';

import type { ApiDeps } from './context';

/** The public reads (no token): account center settings and the sign-in experience (§2.5). */
export function registerWellKnownRoutes(router: Router, { state }: ApiDeps): void {
  router.get('/api/.well-known/account-center', async ({ res }) => {
    sendJson(res, 200, state.accountCenter);
  });

  router.get('/api/.well-known/sign-in-exp', async ({ res }) => {
    sendJson(res, 200, state.signInExperience);
  });
}
