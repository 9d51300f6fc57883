import { handleSignIn } from '@logto/next/server-actions';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';

import { getLogtoConfig } from '@/lib/auth/logto';
import { routes } from '@/lib/routes';

/** Finishes sign-in (the registered redirect URI is exactly `/callback`), then goes to `returnTo`. */
export async function GET(request: NextRequest) {
  try {
    await handleSignIn(getLogtoConfig(), request.nextUrl.searchParams);
  } catch (error) {
    unstable_rethrow(error);
    console.error(
      `[auth] sign-in callback failed: ${error instanceof Error ? error.message : 'unknown error'}`,
    );
    redirect(`${routes.home}?error=sign_in`);
  }
  redirect(routes.account);
}
