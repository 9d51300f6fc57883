import type { NextRequest } from 'next/server';

import { startSignIn } from '@/lib/auth/sign-in';

/** Starts the OIDC sign-in; `returnTo` (same-origin paths only) is where the callback lands. */
export async function GET(request: NextRequest) {
  return startSignIn(request.nextUrl.searchParams.get('returnTo'));
}
