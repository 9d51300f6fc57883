import 'server-only';

import type { LogtoNextConfig } from '@logto/next';

import { redisSessionWrapper } from '@/lib/auth/session-store';
import { getConfig } from '@/lib/config';

/**
 * Scopes the Account API checks for what the portal shows and edits. No `resources`: a token
 * requested without one is the opaque token the Account API accepts.
 */
export const portalScopes = [
  'openid',
  'offline_access',
  'profile',
  'email',
  'phone',
  'address',
  'identities',
  'custom_data',
  'urn:logto:scope:sessions',
  'urn:logto:scope:trusted_devices',
];

/**
 * The `@logto/next` configuration derived from the parsed environment. With `REDIS_URL` the
 * session lives in Redis and the cookie holds only its id; otherwise the cookie holds the whole
 * session, encrypted with the cookie secret.
 */
export function getLogtoConfig(): LogtoNextConfig {
  const config = getConfig();
  return {
    endpoint: config.endpoint,
    appId: config.appId,
    appSecret: config.appSecret,
    baseUrl: config.baseUrl,
    cookieSecret: config.cookieSecret,
    cookieSecure: config.cookieSecure,
    scopes: portalScopes,
    ...(config.redisUrl ? { sessionWrapper: redisSessionWrapper(config.redisUrl) } : {}),
  };
}
