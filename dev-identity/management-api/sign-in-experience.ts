import type { Router } from '../http/router';
import type { StandInState } from '../state';
import type { SignInExperience } from '../state/sign-in-experience';
import {
  EMAIL_CONNECTOR_ID,
  SMS_CONNECTOR_ID,
  type SocialConnectorConfig,
} from '../state/social-connectors';

import { managementRoute, type ManagementDeps } from './route';

/**
 * The stored sign-in experience row (`GET /api/sign-in-exp`): no `socialConnectors`,
 * `forgotPassword` or `isDevelopmentTenant`, which only the public, computed one has. Every
 * social connector's target is enabled for sign-in.
 */
export function storedSignInExperience(state: StandInState) {
  const stored: Partial<SignInExperience> = { ...state.signInExperience };
  delete stored.forgotPassword;
  delete stored.isDevelopmentTenant;
  return {
    ...stored,
    socialSignInConnectorTargets: [...new Set(state.socialConnectors.map(({ target }) => target))],
  };
}

type ConnectorType = 'Social' | 'Email' | 'Sms';

/** A fake `config` with a secret in it, as real connectors have; callers must never print it. */
const fakeConfig = (id: string) => ({
  clientId: `stand-in-${id}`,
  clientSecret: `stand-in-${id}-config-secret`,
});

/** One entry of Logto's `GET /api/connectors` (`ConnectorResponse`, the keys a client reads). */
function connectorResponse(
  id: string,
  type: ConnectorType,
  metadata: { target: string; name: Record<string, string> },
) {
  return {
    id,
    connectorId: `stand-in-${metadata.target}`,
    type,
    target: metadata.target,
    name: metadata.name,
    platform: type === 'Social' ? 'Universal' : null,
    isStandard: false,
    isDemo: false,
    syncProfile: false,
    config: fakeConfig(id),
    metadata: {},
    extraInfo: {},
  };
}

/** A social connector as `GET /api/connectors` lists it. */
const socialResponse = ({ id, target, name }: SocialConnectorConfig) =>
  connectorResponse(id, 'Social', { target, name });

/** The tenant's connectors: the social ones, plus the Email and SMS connectors while switched on. */
export function connectorList(state: StandInState) {
  const { email, sms } = state.limits.connectors;
  return [
    ...state.socialConnectors.map(socialResponse),
    ...(email
      ? [
          connectorResponse(EMAIL_CONNECTOR_ID, 'Email', {
            target: 'stand-in-email',
            name: { en: 'Stand-in email' },
          }),
        ]
      : []),
    ...(sms
      ? [
          connectorResponse(SMS_CONNECTOR_ID, 'Sms', {
            target: 'stand-in-sms',
            name: { en: 'Stand-in SMS' },
          }),
        ]
      : []),
  ];
}

/** `GET /api/sign-in-exp` and `GET /api/connectors` (Management API, read-only here). */
export function registerSignInExperienceRoutes(router: Router, deps: ManagementDeps): void {
  router.get(
    '/api/sign-in-exp',
    managementRoute(deps, {}, ({ state }) => storedSignInExperience(state)),
  );
  router.get(
    '/api/connectors',
    managementRoute(deps, {}, ({ state }) => connectorList(state)),
  );
}
