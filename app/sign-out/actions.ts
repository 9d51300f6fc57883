'use server';

import { signOutHere } from '@/lib/auth/sign-out';

/** Ends the session at Logto (revoking the refresh token), clears the cookie, lands on `/`. */
export async function signOut(): Promise<void> {
  await signOutHere();
}
