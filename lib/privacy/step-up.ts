import 'server-only';

import { stepUpCookie } from '@/lib/auth/flow-cookies';
import type { Session } from '@/lib/auth/session';

/** Logto's verification records live 10 minutes from creation; verifying does not extend them. */
const recordLifetimeMs = 10 * 60_000;

/** Deleting the account needs a step-up at most this old, even if a later change used one. */
export const freshStepUpMs = 5 * 60_000;

/** The step-up record id when it is still valid (and, with `maxAgeMs`, recent enough). */
export async function currentStepUp(
  session: Session,
  maxAgeMs = recordLifetimeMs,
): Promise<string | undefined> {
  const stepUp = await stepUpCookie.read(session);
  if (!stepUp) return undefined;
  const expiresAt = Date.parse(stepUp.expiresAt);
  const createdAt = expiresAt - recordLifetimeMs;
  const now = Date.now();
  return now < expiresAt && now - createdAt <= maxAgeMs ? stepUp.recordId : undefined;
}
