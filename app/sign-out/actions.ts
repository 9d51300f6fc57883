'use server';

import { signOut as endLogtoSession } from '@logto/next/server-actions';

import { getLogtoConfig } from '@/lib/auth/logto';

/** Ends the session at Logto (revoking the refresh token), clears the cookie, lands on `/`. */
export async function signOut(): Promise<void> {
  const config = getLogtoConfig();
  await endLogtoSession(config, `${config.baseUrl}/`);
}
