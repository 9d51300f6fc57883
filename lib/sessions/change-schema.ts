import { z } from 'zod';

/** A change on the Sessions or Connected apps pages; each one needs step-up, reads included. */
export const sessionChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('view'), page: z.enum(['sessions', 'apps']) }),
  z.object({
    kind: z.literal('revokeSession'),
    uid: z.string(),
    target: z.enum(['all', 'firstParty']),
    current: z.boolean(),
  }),
  z.object({ kind: z.literal('revokeOthers') }),
  z.object({ kind: z.literal('revokeGrant'), grantId: z.string() }),
  z.object({ kind: z.literal('removeTrustedDevice'), id: z.string() }),
]);
export type SessionChange = z.infer<typeof sessionChangeSchema>;
