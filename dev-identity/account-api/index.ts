import type { Router } from '../http/router';

import type { ApiDeps } from './context';
import { registerEmailAndPhoneRoutes } from './email-and-phone';
import { registerMyAccountRoutes } from './my-account';
import { registerPasswordRoutes } from './password';
import { registerVerificationRoutes, type VerificationOptions } from './verifications';
import { registerWellKnownRoutes } from './well-known';

export type { ApiDeps } from './context';

/** Mount the Account API and the Verification API under `/api`. */
export function registerAccountApi(router: Router, deps: ApiDeps, options: VerificationOptions): void {
  registerWellKnownRoutes(router, deps);
  registerMyAccountRoutes(router, deps);
  registerPasswordRoutes(router, deps);
  registerEmailAndPhoneRoutes(router, deps);
  registerVerificationRoutes(router, deps, options);
}
