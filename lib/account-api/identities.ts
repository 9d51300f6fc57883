import 'server-only';

import { accountRequest } from '@/lib/account-api/client';
import type { Session } from '@/lib/auth/session';

/**
 * `POST /api/my-account/identities` links, `PUT` replaces the identity of the same target. The
 * body names the verified social record; the header the step-up record (if the user has a
 * password, email or phone).
 */
export const linkSocialIdentity = (
  session: Session,
  mode: 'link' | 'replace',
  socialRecordId: string,
  verificationId?: string,
) =>
  accountRequest('/api/my-account/identities', {
    session,
    method: mode === 'link' ? 'POST' : 'PUT',
    json: { newIdentifierVerificationRecordId: socialRecordId },
    verificationId,
    unauthorizedMeansMissingScope: true,
  });

/** `DELETE /api/my-account/identities/:target`; `target` is the connector's target (`github`). */
export const unlinkSocialIdentity = (session: Session, target: string, verificationId?: string) =>
  accountRequest(`/api/my-account/identities/${encodeURIComponent(target)}`, {
    session,
    method: 'DELETE',
    verificationId,
  });
