/**
 * The social test controls' bodies and answers: `PUT /__test/social-connectors` replaces the
 * social connector list (reset restores the seed), `GET /__test/provider-codes` lists the codes
 * the fake provider pages handed out.
 */
import { z } from 'zod';

import type { StandInState } from './state';
import {
  reservedConnectorIds,
  toConnectorConfig,
  type SocialConnectorConfig,
} from './state/social-connectors';

const connectorBody = z.object({
  id: z.string().min(1),
  target: z.string().min(1),
  name: z.object({ en: z.string().min(1) }).catchall(z.string()),
  logo: z.string().min(1).optional(),
  logoDark: z.string().min(1).nullable().optional(),
  platform: z.enum(['Native', 'Universal', 'Web']).nullable().optional(),
  responseMode: z.enum(['query', 'form_post']).optional(),
  scope: z.string().optional(),
  defaultIdentity: z
    .object({ id: z.string().min(1), name: z.string(), email: z.string() })
    .partial()
    .optional(),
});

export const socialConnectorsBody = z.object({
  connectors: z
    .array(connectorBody)
    .refine((list) => new Set(list.map(({ id }) => id)).size === list.length, {
      message: 'connector ids must be unique',
    })
    .refine((list) => list.every(({ id }) => !reservedConnectorIds.includes(id)), {
      message: `${reservedConnectorIds.join(' and ')} are the non-social connectors`,
    }),
});

/** The stored list, in the shape `PUT` accepts (defaults filled in). */
export const socialConnectorsView = (
  state: StandInState,
): { connectors: SocialConnectorConfig[] } => ({
  connectors: structuredClone(state.socialConnectors),
});

export function replaceSocialConnectors(
  state: StandInState,
  body: z.infer<typeof socialConnectorsBody>,
): void {
  state.socialConnectors = body.connectors.map((input) => toConnectorConfig(input));
}

/** `GET /__test/provider-codes`: every code since the last reset, oldest first, times as ISO strings. */
export const providerCodesView = (state: StandInState) => ({
  codes: state.providerCodes.list().map(({ createdAt, expiresAt, ...rest }) => ({
    ...rest,
    createdAt: new Date(createdAt).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
  })),
});
