import 'server-only';

import { signIn } from '@logto/next/server-actions';
import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';

import { getLogtoConfig } from '@/lib/auth/logto';
import { safeReturnTo } from '@/lib/auth/return-to';
import { getConfig } from '@/lib/config';
import { cachedProbe, probeOidc } from '@/lib/health';
import { routes, signInPath } from '@/lib/routes';
import { statusPageResponse } from '@/lib/status-page';

/**
 * Whether Logto answers, asked at most every 5 seconds per instance. The SDK keeps Logto's
 * discovery document once it has it, so without this check sign-in would send people to a
 * Logto that no longer answers.
 */
const logtoReachable = cachedProbe(() => probeOidc(getConfig().endpoint, 2000), 5000);

/**
 * Starts the OIDC sign-in, coming back to `returnTo` (same-origin paths only). While Logto
 * cannot be reached it answers 503 with a calm page and a link to try again instead.
 */
export async function startSignIn(returnTo: string | null): Promise<Response> {
  const target = safeReturnTo(returnTo);
  const unavailable = () =>
    statusPageResponse({ kind: 'signInUnavailable', retryHref: signInPath(target) });
  if (!(await logtoReachable())) return unavailable();
  const config = getLogtoConfig();
  try {
    // Answers by throwing Next's redirect to Logto.
    await signIn(config, {
      redirectUri: `${config.baseUrl}${routes.callback}`,
      postRedirectUri: `${config.baseUrl}${target}`,
      // Logto's sign-in page speaks the portal's language.
      extraParams: { ui_locales: await getLocale() },
    });
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      `[sign-in] could not start: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
  }
  return unavailable();
}
