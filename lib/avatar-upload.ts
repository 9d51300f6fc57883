import 'server-only';

import { cookies } from 'next/headers';

import { getConfig } from '@/lib/config';
import { routes } from '@/lib/routes';

/**
 * Whether the tenant can store uploads. Logto has no endpoint that says so: the first upload
 * that answers `storage.not_configured` tells, and this browser remembers it for a day, so the
 * upload is hidden from then on and the link field stays. A cookie rather than server memory:
 * it holds on every instance of a scaled-out or serverless deployment.
 */
const cookieName = 'portal_avatar_upload';
const rememberSeconds = 24 * 60 * 60;

/** True once an upload from this browser met a tenant without storage (within a day). */
export async function isAvatarUploadUnavailable(): Promise<boolean> {
  return (await cookies()).get(cookieName)?.value === 'unavailable';
}

/** Remembers that the tenant has no storage for uploads. */
export async function rememberAvatarUploadUnavailable(): Promise<void> {
  (await cookies()).set(cookieName, 'unavailable', {
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().cookieSecure,
    path: routes.account,
    maxAge: rememberSeconds,
  });
}
