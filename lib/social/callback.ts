import { timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

/** What came back from the provider, as the callback route understands it. */
export type SocialCallback =
  | { kind: 'authorized'; state: string; connectorData: Record<string, string> }
  | { kind: 'denied'; state: string | undefined; error: string }
  | { kind: 'invalid' };

const paramsSchema = z.record(z.string().max(64), z.string().max(4096));

/**
 * Parses every callback parameter (query or `form_post` body) into Logto's `connectorData`, as
 * Logto's own Account Center does; the connector picks what it needs (`code`, `state`, …).
 */
export function parseSocialCallback(params: URLSearchParams): SocialCallback {
  const parsed = paramsSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { kind: 'invalid' };
  const { state, error, code } = parsed.data;
  if (error) return { kind: 'denied', state, error };
  if (!state || !code) return { kind: 'invalid' };
  return { kind: 'authorized', state, connectorData: parsed.data };
}

/** Compares the returned `state` with the one kept in the sealed cookie, in constant time. */
export function stateMatches(expected: string, actual: string | undefined): boolean {
  if (!actual) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}
