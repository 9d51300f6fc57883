import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expiresAt: number };

/** Models whose entries hang off a grant, so `revokeByGrantId` can find them. */
const grantable = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

const SWEEP_EVERY_WRITES = 1000;

/**
 * The provider's storage: one instance per stand-in (oidc-provider's own memory adapter shares a
 * module-level LRU of 1000 entries, which evicts tokens under load and leaks between servers).
 * Entries expire exactly at `expiresIn`, so a short access-token TTL is honoured to the second.
 * It can list entries, wipe everything, and remember every token value issued since `clear()`.
 */
export class OidcStorage {
  readonly #models = new Map<string, Map<string, Entry>>();
  readonly #grantMembers = new Map<string, Set<string>>();
  readonly #issued = {
    accessTokens: [] as string[],
    refreshTokens: [] as string[],
    managementTokens: [] as string[],
  };
  readonly #sessionIds: string[] = [];
  #writes = 0;

  clear(): void {
    this.#models.clear();
    this.#grantMembers.clear();
    this.#issued.accessTokens = [];
    this.#issued.refreshTokens = [];
    this.#sessionIds.length = 0;
  }

  /** Every session id (the value of the provider's session cookie) stored since `clear()`. */
  issuedSessionIds(): string[] {
    return [...this.#sessionIds];
  }

  /**
   * A client-credentials (Management API) token: a JWT, so it never passes through `upsert`.
   * Kept across `clear()`: a client caches it for its lifetime, across test resets.
   */
  rememberManagementToken(token: string): void {
    this.#issued.managementTokens.push(token);
  }

  /** Every access and refresh token issued since the last `clear()`, and every Management API token. */
  issuedTokens(): { accessTokens: string[]; refreshTokens: string[]; managementTokens: string[] } {
    return {
      accessTokens: [...this.#issued.accessTokens],
      refreshTokens: [...this.#issued.refreshTokens],
      managementTokens: [...this.#issued.managementTokens],
    };
  }

  /** Live entries of one model. */
  list(model: string): Array<{ id: string; payload: AdapterPayload }> {
    const now = Date.now();
    return [...this.#table(model).entries()]
      .filter(([, entry]) => entry.expiresAt > now)
      .map(([id, entry]) => ({ id, payload: entry.payload }));
  }

  /** An adapter factory for `new Provider(issuer, { adapter })`. */
  readonly adapter = (model: string): Adapter => ({
    upsert: async (id, payload, expiresIn) => this.#upsert(model, id, payload, expiresIn),
    find: async (id) => this.#find(model, id),
    findByUid: async (uid) => this.list(model).find(({ payload }) => payload.uid === uid)?.payload,
    findByUserCode: async (userCode) =>
      this.list(model).find(({ payload }) => payload.userCode === userCode)?.payload,
    consume: async (id) => {
      const entry = this.#table(model).get(id);
      if (entry) {
        entry.payload.consumed = Math.floor(Date.now() / 1000);
      }
    },
    destroy: async (id) => this.destroy(model, id),
    revokeByGrantId: async (grantId) => this.#revokeByGrantId(model, grantId),
  });

  destroy(model: string, id: string): void {
    const entry = this.#table(model).get(id);
    this.#table(model).delete(id);
    const grantId = entry?.payload.grantId;
    if (grantId) {
      this.#grantMembers.get(grantId)?.delete(`${model}:${id}`);
    }
  }

  #table(model: string): Map<string, Entry> {
    let table = this.#models.get(model);
    if (!table) {
      table = new Map();
      this.#models.set(model, table);
    }
    return table;
  }

  #upsert(model: string, id: string, payload: AdapterPayload, expiresIn?: number): void {
    const table = this.#table(model);
    if (!table.has(id)) {
      if (model === 'AccessToken') this.#issued.accessTokens.push(id);
      if (model === 'RefreshToken') this.#issued.refreshTokens.push(id);
      if (model === 'Session') this.#sessionIds.push(id);
    }
    const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
    table.set(id, { payload, expiresAt });
    if (grantable.has(model) && payload.grantId) {
      const members = this.#grantMembers.get(payload.grantId) ?? new Set<string>();
      members.add(`${model}:${id}`);
      this.#grantMembers.set(payload.grantId, members);
    }
    this.#writes += 1;
    if (this.#writes % SWEEP_EVERY_WRITES === 0) {
      this.#sweep();
    }
  }

  #find(model: string, id: string): AdapterPayload | undefined {
    const entry = this.#table(model).get(id);
    if (!entry) {
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.destroy(model, id);
      return undefined;
    }
    return entry.payload;
  }

  #revokeByGrantId(model: string, grantId: string): void {
    const members = this.#grantMembers.get(grantId);
    if (!members) {
      return;
    }
    const prefix = `${model}:`;
    for (const key of [...members]) {
      if (key.startsWith(prefix)) {
        this.destroy(model, key.slice(prefix.length));
      }
    }
    if (members.size === 0) {
      this.#grantMembers.delete(grantId);
    }
  }

  #sweep(): void {
    const now = Date.now();
    for (const [model, table] of this.#models) {
      for (const [id, entry] of table) {
        if (entry.expiresAt <= now) {
          this.destroy(model, id);
        }
      }
    }
  }
}
