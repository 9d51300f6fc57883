import 'server-only';

import { randomBytes } from 'node:crypto';

import { redirect } from 'next/navigation';

import { linkSocialIdentity } from '@/lib/account-api/identities';
import { createSocialVerification } from '@/lib/account-api/verifications';
import { socialFlowCookie, stepUpCookie } from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { AccountApiError } from '@/lib/errors';

/** The provider sends the browser back here (register it with each social provider). */
export const socialCallbackPath = '/callback/social';

/**
 * Creates the social record with a fresh `state`, keeps both record ids in the sealed cookie and
 * sends the browser to the provider.
 */
export async function startSocialAuthorization(
  session: Session,
  connectorId: string,
  mode: 'link' | 'replace',
): Promise<never> {
  const state = randomBytes(32).toString('base64url');
  const redirectUri = `${getConfig().baseUrl}${socialCallbackPath}`;
  const record = await createSocialVerification(session, { connectorId, state, redirectUri });
  const stepUp = await stepUpCookie.read(session);
  await socialFlowCookie.write(
    session,
    {
      state,
      connectorId,
      mode,
      recordId: record.verificationRecordId,
      stepUpId: stepUp?.recordId,
      expiresAt: record.expiresAt,
      verified: false,
    },
    new Date(record.expiresAt),
  );
  redirect(record.authorizationUri);
}

/** Links (or replaces) the identity proven by the verified social record. */
export async function bindSocialIdentity(
  session: Session,
  stepUpId: string | undefined,
): Promise<'socialLinked' | 'socialReplaced'> {
  const flow = await socialFlowCookie.read(session);
  if (!flow?.verified)
    throw new AccountApiError(400, 'verification_record.not_found', 'No verified social record.');
  await linkSocialIdentity(session, flow.mode, flow.recordId, stepUpId ?? flow.stepUpId);
  await socialFlowCookie.clear();
  return flow.mode === 'link' ? 'socialLinked' : 'socialReplaced';
}
