import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

const uploadSchema = z.object({ url: z.string() });

/**
 * `POST /api/my-account/user-assets/avatar`: stores a picture in the tenant's storage and answers
 * its public URL. The avatar is not changed; `PATCH /api/my-account` with the URL does that.
 */
export async function uploadAvatar(session: Session, file: Blob, fileName: string) {
  const form = new FormData();
  form.set('file', file, fileName);
  const { url } = await accountRequest('/api/my-account/user-assets/avatar', {
    session,
    method: 'POST',
    form,
    schema: uploadSchema,
  });
  return url;
}
