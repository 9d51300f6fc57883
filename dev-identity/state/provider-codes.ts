import { randomBytes } from 'node:crypto';

import type { SocialUserInfo } from './social-connectors';

/** An authorization code handed out by a fake provider page, as a real provider would keep it. */
export type ProviderCode = {
  code: string;
  connectorId: string;
  /** The `redirect_uri` of the authorization request; the exchange must repeat it. */
  redirectUri: string;
  state: string | null;
  scope: string | null;
  /** The identity the tester typed on the provider page. */
  userInfo: SocialUserInfo;
  createdAt: number;
  expiresAt: number;
  used: boolean;
};

/** Codes live 10 minutes, like a typical provider's, and can be exchanged once. */
export const PROVIDER_CODE_TTL_MS = 600_000;

export class ProviderCodeStore {
  readonly #codes = new Map<string, ProviderCode>();

  clear(): void {
    this.#codes.clear();
  }

  /** Every code issued since the last reset, oldest first (a test-only view). */
  list(): ProviderCode[] {
    return [...this.#codes.values()].map((entry) => structuredClone(entry));
  }

  issue(
    input: Pick<ProviderCode, 'connectorId' | 'redirectUri' | 'state' | 'scope' | 'userInfo'>,
    now = Date.now(),
  ): ProviderCode {
    const entry: ProviderCode = {
      ...structuredClone(input),
      code: randomBytes(18).toString('base64url'),
      createdAt: now,
      expiresAt: now + PROVIDER_CODE_TTL_MS,
      used: false,
    };
    this.#codes.set(entry.code, entry);
    return entry;
  }

  /** The code, if this connector issued it and it is unused and unexpired. Does not use it up. */
  find(code: string, connectorId: string, now = Date.now()): ProviderCode | undefined {
    const entry = this.#codes.get(code);
    if (!entry || entry.used || entry.connectorId !== connectorId || entry.expiresAt <= now) {
      return undefined;
    }
    return entry;
  }

  use(code: string): void {
    const entry = this.#codes.get(code);
    if (entry) {
      entry.used = true;
    }
  }
}
