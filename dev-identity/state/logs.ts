import { randomBytes } from 'node:crypto';

import UAParser from 'ua-parser-js';

/** Logto's `LogResult`. */
export type LogResult = 'Success' | 'Error';

/** One row of Logto's `logs` table as the Management API returns it (without `tenantId`). */
export type LogEntry = {
  id: string;
  key: string;
  payload: Record<string, unknown> & { key: string; result: LogResult };
  /** Epoch milliseconds. */
  createdAt: number;
};

/** What the request adds to every entry in Logto's `koaAuditLog`. */
export type RequestContext = { ip?: string; userAgent?: string };

/** Key prefixes `GET /api/logs` lists (Logto's `includeKeyPrefix`); hook logs stay out. */
const listedPrefixes = ['ExchangeTokenBy', 'RevokeToken', 'Interaction', 'Unknown'];

const newLogId = () => randomBytes(16).toString('base64url').slice(0, 21);

/** The tenant's audit log, newest last; `GET /api/logs` reads it newest first. */
export class LogStore {
  #entries: LogEntry[] = [];

  clear(): void {
    this.#entries = [];
  }

  /**
   * Adds an entry the way `koaAuditLog` writes it: the request's `ip`, `userAgent` and
   * `userAgentParsed` first, then the entry's own payload (whose `key` and `result` win).
   */
  add(
    key: string,
    payload: Record<string, unknown> & { result: LogResult },
    request: RequestContext = {},
    createdAt = Date.now(),
  ): LogEntry {
    const userAgentParsed = request.userAgent
      ? new UAParser(request.userAgent).getResult()
      : undefined;
    const entry: LogEntry = {
      id: newLogId(),
      key,
      payload: {
        ...(request.ip ? { ip: request.ip } : {}),
        ...(request.userAgent ? { userAgent: request.userAgent, userAgentParsed } : {}),
        ...payload,
        key,
      },
      createdAt,
    };
    this.#entries.push(entry);
    return entry;
  }

  /** Logto's `findLogs`/`countLogs` condition: listed prefixes, exact payload and key matches. */
  find(filter: { userId?: string; applicationId?: string; logKey?: string }): LogEntry[] {
    return this.#entries
      .filter(({ key }) => listedPrefixes.some((prefix) => key.startsWith(prefix)))
      .filter(({ payload }) => !filter.userId || payload.userId === filter.userId)
      .filter(
        ({ payload }) => !filter.applicationId || payload.applicationId === filter.applicationId,
      )
      .filter(({ key }) => !filter.logKey || key === filter.logKey)
      .toSorted((a, b) => b.createdAt - a.createdAt);
  }
}
