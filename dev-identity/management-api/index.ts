import type { Router } from '../http/router';

import { registerAccountCenterRoutes } from './account-center';
import { registerApplicationRoutes } from './applications';
import type { ManagementDeps } from './route';
import { registerSignInExperienceRoutes } from './sign-in-experience';

export { createManagementAuth } from './auth';
export type { ManagementDeps } from './route';

/** Mount the slice of Logto's Management API that `npm run logto:setup` and the doctor use. */
export function registerManagementApi(router: Router, deps: ManagementDeps): void {
  registerAccountCenterRoutes(router, deps);
  registerApplicationRoutes(router, deps);
  registerSignInExperienceRoutes(router, deps);
}
