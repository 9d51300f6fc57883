/**
 * The tenant's applications, as the Management API (`/api/applications/:id`) and the OIDC
 * provider (its `Client` model) both see them: changing `oidcClientMetadata` changes which
 * redirect URIs `/oidc/auth` and `/oidc/session/end` accept.
 */
import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../defaults';

import { TENANT_ID } from './account-center';

/** The two of Logto's `ApplicationType` values the stand-in knows. */
export type ApplicationType = 'Traditional' | 'MachineToMachine';

/** Logto's `OidcClientMetadata` (the optional keys are stored as given). */
export type OidcClientMetadata = {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  backchannelLogoutUri?: string;
  backchannelLogoutSessionRequired?: boolean;
  logoUri?: string;
};

/** One row of Logto's `applications` table (the columns the stand-in needs). */
export type StoredApplication = {
  tenantId: string;
  id: string;
  name: string;
  /** Logto still returns the legacy `secret` column from `GET /api/applications/:id`. */
  secret: string;
  description: string | null;
  type: ApplicationType;
  oidcClientMetadata: OidcClientMetadata;
  customClientMetadata: Record<string, unknown>;
  protectedAppMetadata: null;
  customData: Record<string, unknown>;
  isThirdParty: boolean;
  createdAt: number;
};

/** What `PATCH /api/applications/:id` may change; jsonb columns merge one level deep, like Logto. */
export type ApplicationPatch = {
  name?: string;
  description?: string | null;
  oidcClientMetadata?: Partial<OidcClientMetadata>;
  customClientMetadata?: Record<string, unknown>;
  customData?: Record<string, unknown>;
};

/** The portal as a Traditional web app; both sign-out spellings, as `signOut()` may omit the slash. */
function portalApplication(portalUrl: string, createdAt: number): StoredApplication {
  return {
    tenantId: TENANT_ID,
    id: PORTAL_CLIENT_ID,
    name: 'Account portal',
    secret: PORTAL_CLIENT_SECRET,
    description: null,
    type: 'Traditional',
    oidcClientMetadata: {
      redirectUris: [`${portalUrl}/callback`],
      postLogoutRedirectUris: [`${portalUrl}/`, portalUrl],
    },
    customClientMetadata: {},
    protectedAppMetadata: null,
    customData: {},
    isThirdParty: false,
    createdAt,
  };
}

/** The machine-to-machine app `npm run logto:setup` uses. */
function setupApplication(createdAt: number): StoredApplication {
  return {
    tenantId: TENANT_ID,
    id: MANAGEMENT_M2M_APP_ID,
    name: 'Portal setup',
    secret: MANAGEMENT_M2M_APP_SECRET,
    description: 'Machine-to-machine app for npm run logto:setup',
    type: 'MachineToMachine',
    oidcClientMetadata: { redirectUris: [], postLogoutRedirectUris: [] },
    customClientMetadata: {},
    protectedAppMetadata: null,
    customData: {},
    isThirdParty: false,
    createdAt,
  };
}

/** A deep copy, so callers can't change the store by accident. */
const copy = (app: StoredApplication): StoredApplication => structuredClone(app);

/** A JSON body never holds `undefined`; drop such keys so they cannot erase a column. */
const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;

/** The applications plus which of them hold a Management API role. */
export class ApplicationStore {
  readonly #apps = new Map<string, StoredApplication>();
  readonly #managementRole = new Set<string>();
  readonly #portalUrl: string;

  constructor(portalUrl: string) {
    this.#portalUrl = portalUrl.replace(/\/+$/, '');
    this.reset();
  }

  /** Back to the seed: the portal app with its redirect URIs, the setup app with its role. */
  reset(): void {
    const now = Date.now();
    this.#apps.clear();
    this.#managementRole.clear();
    for (const app of [portalApplication(this.#portalUrl, now), setupApplication(now)]) {
      this.#apps.set(app.id, app);
    }
    this.#managementRole.add(MANAGEMENT_M2M_APP_ID);
  }

  /** A copy of the application, or undefined. */
  find(id: string): StoredApplication | undefined {
    const app = this.#apps.get(id);
    return app && copy(app);
  }

  /** Apply a patch the way Logto's `updateApplicationById` does (jsonb `merge` mode). */
  update(id: string, patch: ApplicationPatch): StoredApplication | undefined {
    const app = this.#apps.get(id);
    if (!app) {
      return undefined;
    }
    const { oidcClientMetadata, customClientMetadata, customData, ...columns } = patch;
    Object.assign(app, definedOnly(columns));
    if (oidcClientMetadata)
      app.oidcClientMetadata = { ...app.oidcClientMetadata, ...definedOnly(oidcClientMetadata) };
    if (customClientMetadata)
      app.customClientMetadata = { ...app.customClientMetadata, ...customClientMetadata };
    if (customData) app.customData = { ...app.customData, ...customData };
    return copy(app);
  }

  /** Register another application (a third-party app a test lets the user authorise). */
  add(app: StoredApplication): void {
    this.#apps.set(app.id, copy(app));
  }

  /** Whether a role granting the Management API's `all` scope is assigned to the app. */
  hasManagementRole(id: string): boolean {
    return this.#managementRole.has(id);
  }

  /** Assign or remove the Management API role. */
  setManagementRole(id: string, assigned: boolean): void {
    if (assigned) this.#managementRole.add(id);
    else this.#managementRole.delete(id);
  }
}
