import { expect, type APIRequestContext } from '@playwright/test';

import { e2eUrls } from './urls';

type FieldMode = 'Off' | 'ReadOnly' | 'Edit';

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
  constructor(private readonly request: APIRequestContext) {}

  private async call(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
    const response = await this.request.fetch(`${e2eUrls.standIn}/__test${path}`, { method, data });
    expect(response.ok(), `${method} /__test${path} → ${response.status()}`).toBe(true);
    return response;
  }

  reset() {
    return this.call('POST', '/reset');
  }

  setAccountCenter(settings: { enabled?: boolean; fields?: Record<string, FieldMode> }) {
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

  injectFault(fault: Fault) {
    return this.call('POST', '/faults', fault);
  }

  setAccessTokenTtl(seconds: number) {
    return this.call('PUT', '/oidc', { accessTokenTtl: seconds });
  }

  /** Ends every session, grant and token of the user, as an administrator would. */
  revoke(username: string) {
    return this.call('POST', '/revoke', { username });
  }

  async issuedTokens(): Promise<{ accessTokens: string[]; refreshTokens: string[] }> {
    return (await this.call('GET', '/tokens')).json();
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
    return this.request.fetch(`${e2eUrls.standIn}/__test/users/${encodeURIComponent(username)}`, {
      method: 'PATCH',
      data: changes,
    });
  }

  createUser(user: Record<string, unknown>) {
    return this.call('POST', '/users', user);
  }

  async user(username: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/users/${encodeURIComponent(username)}`)).json();
  }
}
