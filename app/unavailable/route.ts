import type { NextRequest } from 'next/server';

import { parseStatusPageQuery } from '@/lib/status-page-path';
import { statusPageResponse } from '@/lib/status-page';

export const dynamic = 'force-dynamic';

/** The status page an account page redirects to while Logto can't serve it: 503, or 429. */
export async function GET(request: NextRequest) {
  return statusPageResponse(parseStatusPageQuery(request.nextUrl.searchParams));
}
