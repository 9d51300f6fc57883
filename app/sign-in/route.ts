import { signIn } from '@logto/next/server-actions';
import type { NextRequest } from 'next/server';

import { getLogtoConfig } from '@/lib/auth/logto';
import { safeReturnTo } from '@/lib/auth/return-to';
import { routes } from '@/lib/routes';

/** Starts the OIDC sign-in; `returnTo` (same-origin paths only) is where the callback lands. */
export async function GET(request: NextRequest) {
  const config = getLogtoConfig();
  const returnTo = safeReturnTo(request.nextUrl.searchParams.get('returnTo'));
  await signIn(config, {
    redirectUri: `${config.baseUrl}${routes.callback}`,
    postRedirectUri: `${config.baseUrl}${returnTo}`,
  });
}
