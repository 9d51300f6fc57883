import { randomUUID } from 'node:crypto';

import { expect, type APIRequestContext } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

import { e2eUrls } from './urls';

type FieldMode = 'Off' | 'ReadOnly' | 'Edit';

/** Logto's `branding`: absolute URLs; `null` removes a key. */
export type Branding = Partial<
  Record<'logoUrl' | 'darkLogoUrl' | 'favicon' | 'darkFavicon', string | null>
>;

/** Logto's MFA factor names; the authenticator app is `Totp`. */
export type MfaFactor =
  'Totp' | 'WebAuthn' | 'BackupCode' | 'EmailVerificationCode' | 'PhoneVerificationCode';

export type MfaPolicy =
  | 'UserControlled'
  | 'Mandatory'
  | 'PromptOnlyAtSignIn'
  | 'PromptAtSignInAndSignUp'
  | 'NoPrompt'
  | 'PromptAtSignInAndSignUpMandatory'
  | 'PromptOnlyAtSignInMandatory';

/** What `PUT /__test/sign-in-experience` takes; every key merges onto the current settings. */
export type SignInExperienceSettings = {
  branding?: Branding;
  color?: { primaryColor?: string; darkPrimaryColor?: string; isDarkModeEnabled?: boolean };
  hideLogtoBranding?: boolean;
  /** `factors` replaces the list. */
  mfa?: { factors?: MfaFactor[]; policy?: MfaPolicy };
  passkeySignIn?: { enabled?: boolean; showPasskeyButton?: boolean; allowAutofill?: boolean };
};

/** The current 6-digit code of an authenticator app set up with this base32 secret. */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
}

/** The brand images the stand-in serves under `/assets/`. */
export type BrandAsset =
  'logo.svg' | 'logo-dark.svg' | 'favicon.svg' | 'favicon-dark.svg' | 'favicon.png';

export type Fault = {
  path: string;
  method?: string;
  status?: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
  delayMs?: number;
  times?: number;
};

/** The stand-in's test-only controls (`/__test/*`), as the specs use them. */
export class StandIn {
  constructor(
    private readonly request: APIRequestContext,
    /** The e2e run's stand-in unless a script runs its own elsewhere. */
    private readonly url: string = e2eUrls.standIn,
  ) {}

  private async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown) {
    const response = await this.request.fetch(`${this.url}/__test${path}`, { method, data });
    expect(response.ok(), `${method} /__test${path} → ${response.status()}`).toBe(true);
    return response;
  }

  /**
   * Back to the seed. The demo user gets a fresh id each time, so what the portal keeps per user
   * between requests (its rate limits) never carries over from one test to the next.
   */
  reset() {
    return this.call('POST', '/reset', { demoUserId: `demo-${randomUUID()}` });
  }

  setAccountCenter(settings: {
    enabled?: boolean;
    fields?: Record<string, FieldMode>;
    webauthnRelatedOrigins?: string[];
  }) {
    return this.call('PUT', '/account-center', settings);
  }

  /** Every field editable except those given. */
  setFieldModes(fields: Record<string, FieldMode>) {
    const all = [
      'name',
      'avatar',
      'profile',
      'email',
      'phone',
      'password',
      'username',
      'social',
      'customData',
      'mfa',
    ];
    return this.setAccountCenter({
      enabled: true,
      fields: { ...Object.fromEntries(all.map((key) => [key, 'Edit' as const])), ...fields },
    });
  }

  /** A tenant with or without a storage provider for uploads (`storage.not_configured`). */
  setStorage(configured: boolean) {
    return this.call('PUT', '/storage', { configured });
  }

  /** Branding and colours of the sign-in experience (merged; `null` removes a branding key). */
  setSignInExperience(settings: SignInExperienceSettings) {
    return this.call('PUT', '/sign-in-experience', settings);
  }

  /** The URL of one of the stand-in's own brand images ("Acme"). */
  assetUrl(name: BrandAsset): string {
    return `${e2eUrls.standIn}/assets/${name}`;
  }

  /** Brands the tenant with the stand-in's logos and favicons, light and dark, as `npm run dev` does. */
  brandWithStandInLogos() {
    return this.setSignInExperience({
      branding: {
        logoUrl: this.assetUrl('logo.svg'),
        darkLogoUrl: this.assetUrl('logo-dark.svg'),
        favicon: this.assetUrl('favicon.svg'),
        darkFavicon: this.assetUrl('favicon-dark.svg'),
      },
    });
  }

  /** The MFA factors an administrator enabled (none by default) and the prompt policy. */
  setMfa(mfa: { factors?: MfaFactor[]; policy?: MfaPolicy }) {
    return this.setSignInExperience({ mfa });
  }

  /** Passkey sign-in; when enabled, passkeys can be bound even if WebAuthn is not an MFA factor. */
  setPasskeySignIn(passkeySignIn: { enabled?: boolean }) {
    return this.setSignInExperience({ passkeySignIn });
  }

  /**
   * Lets the browser register passkeys on the portal: `rp.id` is the API's host (`localhost`), and
   * the portal's origin must be a WebAuthn related origin of the account center.
   */
  trustPortalForPasskeys() {
    return this.setAccountCenter({ webauthnRelatedOrigins: [e2eUrls.portal] });
  }

  /** Spends a backup code as a sign-in would (the given one, or the first unused). */
  async useBackupCode(username: string, code?: string): Promise<{ code: string; usedAt: string }> {
    const path = `/users/${encodeURIComponent(username)}/backup-codes/use`;
    return (await this.call('POST', path, code === undefined ? {} : { code })).json();
  }

  /** Every TOTP secret and backup code the stand-in handed out since the reset, bound or not. */
  async mfaSecrets(): Promise<{ totpSecrets: string[]; backupCodes: string[] }> {
    return (await this.call('GET', '/mfa-secrets')).json();
  }

  injectFault(fault: Fault) {
    return this.call('POST', '/faults', fault);
  }

  clearFaults() {
    return this.call('DELETE', '/faults');
  }

  setAccessTokenTtl(seconds: number) {
    return this.call('PUT', '/oidc', { accessTokenTtl: seconds });
  }

  /** Ends every session, grant and token of the user, as an administrator would. */
  revoke(username: string) {
    return this.call('POST', '/revoke', { username });
  }

  /** Tokens issued since the reset, and every Management API (client-credentials) token. */
  async issuedTokens(): Promise<{
    accessTokens: string[];
    refreshTokens: string[];
    managementTokens: string[];
  }> {
    return (await this.call('GET', '/tokens')).json();
  }

  /** Adds an audit log entry for a user (a social sign-in, a password reset…), `ageMs` ago. */
  addLog(entry: {
    key: string;
    username: string;
    result?: 'Success' | 'Error';
    ageMs?: number;
    userAgent?: string;
    payload?: Record<string, unknown>;
  }) {
    return this.call('POST', '/logs', entry);
  }

  /** Whether the stand-in still has a user with this username. */
  async hasUser(username: string): Promise<boolean> {
    const response = await this.request.fetch(
      `${this.url}/__test/users/${encodeURIComponent(username)}`,
    );
    return response.ok();
  }

  /** Tunes the tenant's rules: record lifetime, code expiry, lockout, password policy, send limit… */
  setPolicies(policies: Record<string, unknown>) {
    return this.call('PUT', '/policies', policies);
  }

  /** The newest code "sent" to an email address or phone number (digits only). */
  async lastCode(identifier: string): Promise<string> {
    const response = await this.call('GET', `/codes?identifier=${encodeURIComponent(identifier)}`);
    const { codes } = (await response.json()) as { codes: { code: string }[] };
    const last = codes.at(-1);
    expect(last, `a code was sent to ${identifier}`).toBeDefined();
    return last?.code ?? '';
  }

  /** Every verification record id issued since the reset (to check none reaches the browser). */
  async recordIds(): Promise<string[]> {
    const response = await this.call('GET', '/records');
    return ((await response.json()) as { recordIds: string[] }).recordIds;
  }

  /** Ends every verification record now, as ten minutes passing would. */
  expireRecords(filter: { username?: string; type?: string } = {}) {
    return this.call('POST', '/expire-records', filter);
  }

  /** Changes a user behind the portal's back (null removes a field), found by its username. */
  updateUser(username: string, changes: Record<string, unknown>) {
    return this.request.fetch(`${this.url}/__test/users/${encodeURIComponent(username)}`, {
      method: 'PATCH',
      data: changes,
    });
  }

  createUser(user: Record<string, unknown>) {
    return this.call('POST', '/users', user);
  }

  /** Where the next sign-ins come from (Logto reads it from the edge; the stand-in is told). */
  setSignInLocation(location: { country?: string; city?: string }) {
    return this.call('PUT', '/sign-in-location', location);
  }

  /** Registers a third-party app and lets the user authorise it; answers its live refresh token. */
  async grantThirdPartyApp(
    username: string,
    name: string,
  ): Promise<{ clientId: string; grantId: string; refreshToken: string }> {
    return (await this.call('POST', '/third-party-grants', { username, name })).json();
  }

  /** Whether a refresh token would still be accepted. */
  async refreshTokenActive(refreshToken: string): Promise<boolean> {
    const response = await this.call('POST', '/refresh-token-status', { refreshToken });
    return ((await response.json()) as { active: boolean }).active;
  }

  /** Whether the tenant's Logto has the trusted-devices routes (a dev feature in v1.42). */
  setTrustedDevices(enabled: boolean) {
    return this.call('PUT', '/trusted-devices', { enabled });
  }

  addTrustedDevice(device: { username: string; userAgent: string; country?: string }) {
    return this.call('POST', '/trusted-devices', device);
  }

  /** Every OIDC session id (the provider's session cookie value) issued since the reset. */
  async sessionIds(): Promise<string[]> {
    return ((await (await this.call('GET', '/session-ids')).json()) as { sessionIds: string[] })
      .sessionIds;
  }

  async user(username: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/users/${encodeURIComponent(username)}`)).json();
  }
}
