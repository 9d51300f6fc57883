import type { StandInState } from '../state';
import type { SignInContext } from '../state/sessions';

import type { KoaContextWithOIDC, Next } from './types';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

function signInContextOf(value: unknown): SignInContext | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const context = value as Record<string, unknown>;
  return {
    ip: text(context.ip),
    userAgent: text(context.userAgent),
    country: text(context.country),
    city: text(context.city),
  };
}

/**
 * After the provider resumes a finished sign-in, remember how that session signed in (user
 * agent, IP, location), as Logto's session extensions do. Keyed by the session's `uid`, which
 * stays the same when the provider renews the session's id.
 */
export function recordSignInContext(state: StandInState) {
  return async (ctx: KoaContextWithOIDC, next: Next): Promise<void> => {
    await next();
    if (ctx.oidc?.route !== 'resume') return;
    const { result, session, params } = ctx.oidc;
    const accountId = session?.accountId;
    const signInContext = signInContextOf(result?.signInContext);
    if (!session?.uid || !accountId || !signInContext) return;
    state.sessions.record(session.uid, {
      clientId: text(params?.client_id) ?? null,
      lastSubmission: {
        interactionEvent: 'SignIn',
        userId: accountId,
        verificationRecords: [{ type: 'Password', verified: true }],
        signInContext,
      },
    });
  };
}
