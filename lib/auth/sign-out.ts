import 'server-only';

import { signOut as endLogtoSession } from '@logto/next/server-actions';

import { clearFlowCookies } from '@/lib/auth/flow-cookies';
import { getLogtoConfig } from '@/lib/auth/logto';

/** Ends the session at Logto (revoking the refresh token), clears the cookie, lands on `/`. */
export async function signOutHere(): Promise<never> {
  const config = getLogtoConfig();
  // Step-up records and flows in progress end with the session.
  await clearFlowCookies();
  await endLogtoSession(config, `${config.baseUrl}/`);
  throw new Error('Sign-out did not redirect.');
}
