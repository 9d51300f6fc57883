import type { Router } from '../http/router';

import type { ApiDeps } from './context';
import { registerMyAccountRoutes } from './my-account';
import { registerWellKnownRoutes } from './well-known';

export type { ApiDeps } from './context';

/** Mount the Account API (and, in later rounds, the Verification API) under `/api`. */
export function registerAccountApi(router: Router, deps: ApiDeps): void {
  registerWellKnownRoutes(router, deps);
  registerMyAccountRoutes(router, deps);
}
