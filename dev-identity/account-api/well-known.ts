import { sendJson } from '../http/io';
import type { Router } from '../http/router';
import type { StandInState } from '../state';
import type { SignInExperience } from '../state/sign-in-experience';
import { publicConnector } from '../state/social-connectors';

import type { ApiDeps } from './context';

/**
 * Logto's `getFullSignInExperience`: the stored settings plus the social connectors whose target
 * is enabled for sign-in (here: every social connector) with their metadata and instance ID, and
 * `forgotPassword` saying whether an Email or SMS connector exists. The response guard
 * (`fullSignInExperienceGuard`) strips `emailBlocklistPolicy`, so only the Management API shows it.
 */
export function fullSignInExperience(state: StandInState) {
  const { socialConnectors } = state;
  const stored: Partial<SignInExperience> = { ...state.signInExperience };
  delete stored.emailBlocklistPolicy;
  return {
    ...stored,
    forgotPassword: { email: state.limits.connectors.email, phone: state.limits.connectors.sms },
    socialSignInConnectorTargets: [...new Set(socialConnectors.map(({ target }) => target))],
    socialConnectors: socialConnectors.map(publicConnector),
  };
}

/**
 * The public reads (no token): account center settings and the sign-in experience (§2.5), and the
 * WebAuthn related origins (§4.3.7).
 */
export function registerWellKnownRoutes(router: Router, { state }: ApiDeps): void {
  router.get('/api/.well-known/account-center', async ({ res }) => {
    sendJson(res, 200, state.accountCenter);
  });

  router.get('/api/.well-known/sign-in-exp', async ({ res }) => {
    sendJson(res, 200, fullSignInExperience(state));
  });

  // WebAuthn Related Origin Requests: outside `/api`, at the path browsers fetch on `rp.id`.
  router.get('/.well-known/webauthn', async ({ res }) => {
    sendJson(res, 200, { origins: state.accountCenter.webauthnRelatedOrigins });
  });
}
