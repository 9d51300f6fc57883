import { afterAll, beforeAll, beforeEach } from 'vitest';

import { createStandIn, type StandIn } from '../server';

export type Harness = {
  standIn: StandIn;
  url: string;
  /** `fetch` on the stand-in; `token` adds `Authorization: Bearer`; `json` sends a JSON body. */
  api(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  /** Call a `/__test/*` control and parse its JSON answer. */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /**
   * Mint an opaque access token for a user (default: the demo user, every declared scope); a
   * `userId` picks a user by ID instead (for users without a username).
   */
  token(scopes?: string[], username?: string, userId?: string): Promise<string>;
};

export const PORTAL_URL = 'http://localhost:3999';

/** Start a stand-in on a free port in test mode. */
export async function startHarness(): Promise<Harness> {
  const standIn = await createStandIn({
    port: 0,
    portalUrl: PORTAL_URL,
    mode: 'test',
    logCodes: false,
  });
  const { url } = standIn;

  const api: Harness['api'] = (path, { token, json, headers, ...init } = {}) => {
    const merged = new Headers(headers);
    if (token !== undefined) merged.set('authorization', `Bearer ${token}`);
    if (json !== undefined) merged.set('content-type', 'application/json');
    return fetch(`${url}${path}`, {
      ...init,
      headers: merged,
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
  };

  const control: Harness['control'] = async <T>(method: string, path: string, body?: unknown) => {
    const response = await api(`/__test${path}`, {
      method,
      ...(body === undefined ? {} : { json: body }),
    });
    if (!response.ok) {
      throw new Error(
        `control ${method} ${path} failed: ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  };

  const token: Harness['token'] = async (scopes, username = 'demo', userId) => {
    const { accessToken } = await control<{ accessToken: string }>('POST', '/access-token', {
      ...(userId === undefined ? { username } : { userId }),
      ...(scopes ? { scopes } : {}),
    });
    return accessToken;
  };

  return { standIn, url, api, control, token };
}

/**
 * One stand-in for the whole test file: started before the first test (then `onStart` runs with
 * it), reset to the seed before every test, and stopped after the last.
 */
export function setUpHarness(onStart: (harness: Harness) => void): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
    onStart(harness);
  });
  afterAll(async () => {
    await harness?.standIn.close();
  });
  beforeEach(async () => {
    await harness?.control('POST', '/reset');
  });
}
