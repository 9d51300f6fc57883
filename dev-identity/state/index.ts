import {
  DEFAULT_PORTAL_URL,
  DEMO_PASSWORD,
  DEMO_USER_ID,
  DEMO_USERNAME,
  PORTAL_CLIENT_ID,
} from '../defaults';

import { seedAccountCenter, TENANT_ID, type AccountCenterSettings } from './account-center';
import { ApplicationStore } from './applications';
import { FaultInjector } from './faults';
import { defaultLimits, type StandInLimits } from './limits';
import { LogStore } from './logs';
import { Outbox } from './outbox';
import { ProviderCodeStore } from './provider-codes';
import { Sentinel } from './sentinel';
import { SessionExtensionStore } from './sessions';
import { seedSignInExperience, type SignInExperience } from './sign-in-experience';
import {
  EMAIL_CONNECTOR_ID,
  seedSocialConnectors,
  SMS_CONNECTOR_ID,
  type ConnectorLookup,
  type SocialConnectorConfig,
} from './social-connectors';
import { UserAssetStore } from './user-assets';
import { UserStore } from './users';
import { VerificationRecordStore } from './verification-records';

/** Everything the stand-in keeps in memory apart from the OIDC provider's own storage. */
export class StandInState {
  readonly users = new UserStore();
  readonly verificationRecords = new VerificationRecordStore();
  readonly faults = new FaultInjector();
  /** Codes "sent" by the fake connectors, and the per-recipient send limit. */
  readonly outbox = new Outbox();
  /** Lockout after failed password and code attempts. */
  readonly sentinel = new Sentinel(() => this.limits.sentinelPolicy);
  /** Codes handed out by the fake social providers' pages. */
  readonly providerCodes = new ProviderCodeStore();
  /** Uploaded avatars, and whether the tenant has a storage provider at all. */
  readonly userAssets = new UserAssetStore();
  /** How each OIDC session signed in, and the trusted devices (behind a test switch). */
  readonly sessions = new SessionExtensionStore();
  /** The audit log: sign-in interactions and token exchanges, as Logto writes them. */
  readonly logs = new LogStore();
  /** The portal and setup apps; the OIDC provider reads its clients from here. */
  readonly applications: ApplicationStore;
  /** The social connectors, in order; `PUT /__test/social-connectors` replaces them. */
  socialConnectors: SocialConnectorConfig[] = seedSocialConnectors();
  accountCenter: AccountCenterSettings = seedAccountCenter();
  signInExperience: SignInExperience = seedSignInExperience(TENANT_ID);
  limits: StandInLimits = defaultLimits();
  /** TTL in seconds of access tokens issued from now on. */
  accessTokenTtl: number;
  /** Every TOTP secret and backup code the generate routes handed out since the reset. */
  readonly issuedMfaSecrets: { totpSecrets: string[]; backupCodes: string[] } = {
    totpSecrets: [],
    backupCodes: [],
  };

  readonly #defaultAccessTokenTtl: number;

  constructor(accessTokenTtl: number, portalUrl: string = DEFAULT_PORTAL_URL) {
    this.#defaultAccessTokenTtl = accessTokenTtl;
    this.accessTokenTtl = accessTokenTtl;
    this.applications = new ApplicationStore(portalUrl);
    this.reset();
  }

  /**
   * Back to the seed: users, settings, applications (redirect URIs, the setup app's role),
   * policies, social connectors, records, codes (sent and provider), lockouts, faults and the
   * token TTL. `demoUserId` gives the demo user another id (`sub`), so state a client keeps per
   * user (the portal's rate limits) starts fresh too.
   */
  reset({ demoUserId = DEMO_USER_ID }: { demoUserId?: string } = {}): void {
    this.users.clear();
    this.applications.reset();
    this.verificationRecords.clear();
    this.outbox.clear();
    this.sentinel.clear();
    this.faults.clear();
    this.providerCodes.clear();
    this.issuedMfaSecrets.totpSecrets.length = 0;
    this.issuedMfaSecrets.backupCodes.length = 0;
    this.userAssets.clear();
    this.sessions.clear();
    this.logs.clear();
    this.socialConnectors = seedSocialConnectors();
    this.accountCenter = seedAccountCenter();
    this.signInExperience = seedSignInExperience(TENANT_ID);
    this.setLimits(defaultLimits());
    this.accessTokenTtl = this.#defaultAccessTokenTtl;
    seedUsers(this.users, demoUserId);
  }

  /**
   * What a freshly installed, self-hosted Logto looks like to the portal: the account center
   * off with every field `Off`, and the portal app registered without redirect URIs.
   */
  freshTenant(): void {
    this.accountCenter = { ...seedAccountCenter(), enabled: false, fields: {} };
    this.applications.update(PORTAL_CLIENT_ID, {
      oidcClientMetadata: { redirectUris: [], postLogoutRedirectUris: [] },
    });
  }

  /** A connector by instance ID: a social one, the Email or SMS connector (while switched on), or none. */
  findConnector(id: string): ConnectorLookup {
    const social = this.socialConnectors.find((connector) => connector.id === id);
    if (social) {
      return { type: 'Social', connector: social };
    }
    if (id === EMAIL_CONNECTOR_ID && this.limits.connectors.email) {
      return { type: 'Email' };
    }
    if (id === SMS_CONNECTOR_ID && this.limits.connectors.sms) {
      return { type: 'Sms' };
    }
    return undefined;
  }

  setLimits(limits: StandInLimits): void {
    this.limits = limits;
    this.verificationRecords.ttlMs = limits.verificationRecordTtlMs;
  }
}

function seedUsers(users: UserStore, demoUserId: string): void {
  users.create({
    id: demoUserId,
    username: DEMO_USERNAME,
    password: DEMO_PASSWORD,
    name: 'Ada Lovelace',
    avatar: null,
    primaryEmail: 'ada@example.com',
    primaryPhone: '15551234567',
    profile: { givenName: 'Ada', familyName: 'Lovelace' },
    customData: {},
    identities: {},
  });
}
