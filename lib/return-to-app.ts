import 'server-only';

import { cookies } from 'next/headers';

import { getConfig } from '@/lib/config';
import { allowedReturnUrl, returnUrlCookie } from '@/lib/return-origins';

/** The app that sent the user here, if an allowed one did: its URL and host for "Back to …". */
export async function returnToApp(): Promise<{ href: string; host: string } | undefined> {
  const saved = (await cookies()).get(returnUrlCookie)?.value;
  // Checked again on the way out: the operator may have narrowed the list since.
  const url = allowedReturnUrl(saved, getConfig().returnOrigins);
  return url ? { href: url.href, host: url.host } : undefined;
}
