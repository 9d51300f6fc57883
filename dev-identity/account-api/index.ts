import type { Router } from '../http/router';

import type { ApiDeps } from './context';
import { registerEmailAndPhoneRoutes } from './email-and-phone';
import { registerIdentityRoutes } from './identities';
import { registerMfaSettingsRoutes } from './mfa-settings';
import { registerMfaVerificationRoutes } from './mfa-verifications';
import { registerMyAccountRoutes } from './my-account';
import { registerPasswordRoutes } from './password';
import { registerSocialVerificationRoutes, type SocialOptions } from './social';
import { registerUserAssetRoutes } from './user-assets';
import { registerVerificationRoutes, type VerificationOptions } from './verifications';
import { registerWebAuthnRoutes } from './web-authn';
import { registerWellKnownRoutes } from './well-known';

export type { ApiDeps } from './context';

export type AccountApiOptions = VerificationOptions & SocialOptions;

/** Mount the Account API and the Verification API under `/api`. */
export function registerAccountApi(
  router: Router,
  deps: ApiDeps,
  options: AccountApiOptions,
): void {
  registerWellKnownRoutes(router, deps);
  registerMyAccountRoutes(router, deps);
  registerPasswordRoutes(router, deps);
  registerEmailAndPhoneRoutes(router, deps);
  registerIdentityRoutes(router, deps);
  registerMfaVerificationRoutes(router, deps);
  registerMfaSettingsRoutes(router, deps);
  registerVerificationRoutes(router, deps, options);
  registerSocialVerificationRoutes(router, deps, options);
  registerUserAssetRoutes(router, deps);
  registerWebAuthnRoutes(router, deps);
}
