import type { Router } from '../http/router';

import { registerAccountCenterRoutes } from './account-center';
import { registerApplicationRoutes } from './applications';
import { registerLogRoutes } from './logs';
import { registerSignInExperienceRoutes } from './sign-in-experience';
import { registerUserRoutes, type UserRouteDeps } from './users';

export { createManagementAuth } from './auth';
export type { ManagementDeps } from './route';

/**
 * Mount the slice of Logto's Management API that `npm run logto:setup`, the doctor and the
 * portal's data and privacy section use.
 */
export function registerManagementApi(router: Router, deps: UserRouteDeps): void {
  registerAccountCenterRoutes(router, deps);
  registerApplicationRoutes(router, deps);
  registerSignInExperienceRoutes(router, deps);
  registerUserRoutes(router, deps);
  registerLogRoutes(router, deps);
}
