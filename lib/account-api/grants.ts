import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

/** One entry of `GET /api/my-account/grants`: an app the user authorised. */
export const grantSchema = z
  .object({
    id: z.string(),
    payload: z.object({ iat: z.number().optional(), exp: z.number().optional() }).loose(),
    expiresAt: z.number().optional(),
    application: z.object({ id: z.string(), name: z.string().nullish() }).loose().optional(),
  })
  .loose();
export type AccountGrant = z.infer<typeof grantSchema>;

/** `GET /api/my-account/grants` (step-up, `fields.session` readable, the sessions scope). */
export const listGrants = (session: Session, verificationId?: string) =>
  accountRequest('/api/my-account/grants', {
    session,
    verificationId,
    schema: z.object({ grants: z.array(grantSchema) }),
  });
