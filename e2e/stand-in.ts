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
    const all = ['name', 'avatar', 'profile', 'email', 'phone', 'password', 'username', 'social', 'customData', 'mfa'];
    return this.setAccountCenter({
      enabled: true,
      fields: { ...Object.fromEntries(all.map((key) => [key, 'Edit' as const])), ...fields },
    });
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

  async user(username: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/users/${encodeURIComponent(username)}`)).json();
  }
}
