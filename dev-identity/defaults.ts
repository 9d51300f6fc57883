/**
 * Fixed values shared by the stand-in, the dev launcher and the end-to-end config.
 * The portal itself never imports this file; it only sees these values through env.
 */

/** Client ID of the portal, registered as a first-party Traditional web app. */
export const PORTAL_CLIENT_ID = 'account-portal';

/** Client secret of the portal. URL-safe, because the provider URL-decodes Basic credentials. */
export const PORTAL_CLIENT_SECRET = 'account-portal-local-secret';

/** Seeded demo user. */
export const DEMO_USER_ID = 'demo-user';
export const DEMO_USERNAME = 'demo';
export const DEMO_PASSWORD = 'demo-password';

/** Defaults of the CLI (`dev-identity/main.ts`). */
export const DEFAULT_STAND_IN_PORT = 3001;
export const DEFAULT_STAND_IN_HOST = 'localhost';
export const DEFAULT_PORTAL_URL = 'http://localhost:3000';
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;

/** Every user scope the stand-in declares (Logto's `UserScope` plus the reserved ones). */
export const DECLARED_SCOPES = [
  'openid',
  'offline_access',
  'profile',
  'email',
  'phone',
  'address',
  'custom_data',
  'identities',
  'roles',
  'urn:logto:scope:organizations',
  'urn:logto:scope:organization_roles',
  'urn:logto:scope:sessions',
  'urn:logto:scope:trusted_devices',
] as const;

/**
 * The machine-to-machine app of `npm run logto:setup` against the stand-in: client credentials,
 * `client_secret_basic`, holding a role with the Management API's `all` scope (until
 * `PUT /__test/m2m { hasManagementRole: false }`).
 */
export const MANAGEMENT_M2M_APP_ID = 'setup-m2m';
export const MANAGEMENT_M2M_APP_SECRET = 'setup-m2m-local-secret';

/** Logto OSS's Management API resource indicator: its only tenant is `default`. */
export const MANAGEMENT_API_RESOURCE = 'https://default.logto.app/api';

/** The Management API's one scope (Logto's `PredefinedScope.All`). */
export const MANAGEMENT_API_SCOPE = 'all';
