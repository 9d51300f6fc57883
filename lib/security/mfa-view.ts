import 'server-only';

import { unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';

import { loadAccount } from '@/lib/account';
import { getMfaSettings, listMfaVerifications } from '@/lib/account-api/mfa';
import type { MfaVerification } from '@/lib/account-api/mfa-schemas';
import { getSignInExperience } from '@/lib/account-api/my-account';
import { requireSession } from '@/lib/auth/session';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { describeDevice } from '@/lib/user-agent';
import { formatDay } from '@/lib/mfa/format';
import { isMandatoryPolicy, mfaAvailability } from '@/lib/mfa/policy';
import type { MfaView } from '@/lib/mfa/view';
import type { SecurityFlow } from '@/lib/security/view';
import type { Query } from '@/lib/query';

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';

/**
 * The two-step verification card's state, read once per request: which factors the tenant offers
 * this user and which they have set up. Undefined when nothing is offered (or the account is
 * unavailable, which the page already explains).
 */
export const loadMfaView = cache(async (): Promise<MfaView | undefined> => {
  const session = await requireSession();
  // Asked together with the account rather than after it, so that the page makes one wave of
  // requests; the answers count only if the tenant offers two-step verification to this user.
  const factorsRead = listMfaVerifications(session);
  const settingsRead = getMfaSettings(session);
  for (const read of [factorsRead, settingsRead]) read.catch(() => undefined);
  const view = await loadAccount();
  if (view.status !== 'ok') return undefined;
  const { account, modes } = view;
  let signInExperience;
  try {
    signInExperience = await getSignInExperience();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[mfa] could not read the sign-in experience: ${describe(error)}`);
    return undefined;
  }
  const availability = mfaAvailability(signInExperience, modes);
  if (!Object.values(availability).some(Boolean)) return undefined;
  const locale = await getLocale();
  const day = (iso?: string | null) => formatDay(iso, locale, account.profile?.zoneinfo);
  let factors: MfaVerification[] = [];
  let skip = false;
  let unavailable = false;
  try {
    // `GET …/mfa-verifications` needs `mfa` readable even for passkeys.
    [factors, skip] = await Promise.all([
      modes.mfa === 'Off' ? [] : factorsRead,
      availability.signInSwitch ? settingsRead.then((settings) => settings.skipMfaOnSignIn) : false,
    ]);
  } catch (error) {
    unstable_rethrow(error);
    console.error(`[mfa] could not read the user's factors: ${describe(error)}`);
    unavailable = true;
  }
  const totp = factors.find((factor) => factor.type === 'Totp');
  const backupCodes = factors.find((factor) => factor.type === 'BackupCode');
  return {
    availability,
    modes: { mfa: modes.mfa, passkey: modes.passkey },
    totp: totp ? { id: totp.id, since: day(totp.createdAt) } : undefined,
    backupCodes: backupCodes
      ? { id: backupCodes.id, remaining: backupCodes.remainCodes }
      : undefined,
    passkeys: factors.flatMap((factor) =>
      factor.type === 'WebAuthn'
        ? [
            {
              id: factor.id,
              name: factor.name ?? undefined,
              device: describeDevice(factor.agent),
              created: day(factor.createdAt),
              lastUsed: day(factor.lastUsedAt),
            },
          ]
        : [],
    ),
    signIn: { mandatory: isMandatoryPolicy(signInExperience.mfa.policy), skip },
    unavailable,
  };
});

/** Why the sign-in switch did not change: refused (`?mfaError=`), or failed right after step-up. */
export function mfaSignInProblem(flow: SecurityFlow, query: Query): string | undefined {
  if (flow.resume?.kind === 'mfa') return flow.resume.errorKey;
  const code = Array.isArray(query.mfaError) ? query.mfaError[0] : query.mfaError;
  return code ? apiErrorMessageKey({ status: 400, code }) : undefined;
}
