import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import { verifySocialVerification } from '@/lib/account-api/verifications';
import { socialFlowCookie } from '@/lib/auth/flow-cookies';
import { requireActionSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { AccountApiError } from '@/lib/errors';
import { routes } from '@/lib/routes';
import { runChange } from '@/lib/security/changes';
import { parseSocialCallback, stateMatches } from '@/lib/social/callback';
import { socialCallbackPath } from '@/lib/social/flow';

/** Why a social link did not complete; the security page turns each into a message. */
export type SocialProblem =
  'expired' | 'state_mismatch' | 'cancelled' | 'provider_error' | 'in_use' | 'failed';

const problem = (kind: SocialProblem) => `${routes.security}?social=${kind}#social`;

function toProblem(error: AccountApiError): SocialProblem {
  if (error.code === 'user.identity_already_in_use') return 'in_use';
  if (error.code === 'verification_record.not_found') return 'expired';
  return 'failed';
}

/**
 * The callback's work: check the sealed flow and `state` (no API call on a mismatch), verify the
 * social record with every callback parameter plus `redirectUri`, then link. Returns where to go.
 */
export async function completeSocialCallback(params: URLSearchParams): Promise<string> {
  const session = await requireActionSession();
  const flow = await socialFlowCookie.read(session);
  if (!flow) return problem('expired');
  const callback = parseSocialCallback(params);
  if (callback.kind === 'invalid' || !stateMatches(flow.state, callback.state)) {
    console.error('[social] callback refused: missing or mismatched state');
    await socialFlowCookie.clear();
    return problem('state_mismatch');
  }
  if (callback.kind === 'denied') {
    await socialFlowCookie.clear();
    if (callback.error !== 'access_denied')
      console.error(`[social] the provider answered ${callback.error}`);
    return problem(callback.error === 'access_denied' ? 'cancelled' : 'provider_error');
  }
  try {
    if (!flow.verified) {
      const redirectUri = `${getConfig().baseUrl}${socialCallbackPath}`;
      await verifySocialVerification(session, flow.recordId, {
        ...callback.connectorData,
        redirectUri,
      });
      await socialFlowCookie.write(session, { ...flow, verified: true }, new Date(flow.expiresAt));
    }
    // Logto decides whether step-up is needed; an expired one is asked for, then the link completes.
    const outcome = await runChange(session, { kind: 'bindSocial' }, false);
    return `${routes.security}?done=${outcome}#social`;
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof AccountApiError)) throw error;
    console.error(`[social] linking failed: ${error.status} ${error.code}`);
    await socialFlowCookie.clear();
    return problem(toProblem(error));
  }
}
