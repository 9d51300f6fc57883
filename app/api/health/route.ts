import { NextResponse } from 'next/server';

import { getConfig } from '@/lib/config';
import { cachedProbe, healthReport, probeOidc } from '@/lib/health';

import packageJson from '../../../package.json';

/** How long a probe result is reused: monitors may poll often, Logto sees at most one probe per TTL. */
const cacheTtlMs = 5000;

const oidcReachable = cachedProbe(() => probeOidc(getConfig().endpoint, 2000), cacheTtlMs);

export const dynamic = 'force-dynamic';

/** Liveness and the one dependency that matters: can people sign in (Logto's OIDC discovery)? */
export async function GET() {
  const report = healthReport(packageJson.version, await oidcReachable());
  return NextResponse.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
