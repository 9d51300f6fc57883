import 'server-only';

import { keptFor } from '@/lib/kept';

/** What `GET /api/health` answers: no configuration, no secrets. */
export type HealthReport = {
  status: 'ok' | 'degraded';
  version: string;
  oidc: { reachable: boolean };
};

/** Whether Logto's OpenID discovery document answers 200 within `timeoutMs`. */
export async function probeOidc(
  endpoint: string,
  timeoutMs = 2000,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetchImpl(`${endpoint}/oidc/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
      redirect: 'manual',
    });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Remembers a probe's answer for `ttlMs`, so monitors polling the health route cannot turn it
 * into load on Logto; callers arriving while a probe runs share it. A failure is an answer too
 * (`false`), kept like any other, so a Logto that is down is not asked again and again.
 */
export function cachedProbe(
  probe: () => Promise<boolean>,
  ttlMs: number,
  now: () => number = Date.now,
): () => Promise<boolean> {
  return keptFor(
    () => ttlMs,
    () => probe().catch(() => false),
    now,
  );
}

/** The health payload for one probe result. */
export function healthReport(version: string, oidcReachable: boolean): HealthReport {
  return { status: oidcReachable ? 'ok' : 'degraded', version, oidc: { reachable: oidcReachable } };
}
