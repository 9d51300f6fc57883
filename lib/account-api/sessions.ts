import 'server-only';

import { z } from 'zod';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

/** One entry of `GET /api/my-account/sessions` (the keys the portal reads; others pass through). */
export const sessionSchema = z
  .object({
    payload: z
      .object({
        uid: z.string(),
        loginTs: z.number().optional(),
        authorizations: z.record(z.string(), z.unknown()).optional(),
      })
      .loose(),
    lastSubmission: z
      .object({
        signInContext: z
          .object({
            ip: z.string().optional(),
            userAgent: z.string().optional(),
            country: z.string().optional(),
            city: z.string().optional(),
          })
          .loose()
          .optional(),
      })
      .loose()
      .nullish(),
    clientId: z.string().nullish(),
    expiresAt: z.number(),
    isCurrent: z.boolean().optional(),
  })
  .loose();
export type AccountSession = z.infer<typeof sessionSchema>;

/** `GET /api/my-account/sessions` (step-up, `fields.session` readable, the sessions scope). */
export const listSessions = (session: Session, verificationId?: string) =>
  accountRequest('/api/my-account/sessions', {
    session,
    verificationId,
    schema: z.object({ sessions: z.array(sessionSchema) }),
  });
