import 'server-only';

import { redirect, unstable_rethrow } from 'next/navigation';
import { cache } from 'react';

import { getAccountCenter, getMyAccount } from '@/lib/account-api/my-account';
import {
  accountCenterFieldKeys,
  type AccountCenter,
  type AccountCenterField,
  type FieldMode,
  type MyAccount,
} from '@/lib/account-api/schemas';
import { currentPath, requireSession } from '@/lib/auth/session';
import { AccountApiError, isAccountCenterDisabled } from '@/lib/errors';
import { statusPagePath } from '@/lib/status-page-path';

export type FieldModes = Record<AccountCenterField, FieldMode>;

/** Why a page cannot show the account: each kind has its own calm message. */
export type ServiceProblem =
  | { kind: 'disabled' }
  | { kind: 'unavailable' }
  | { kind: 'rateLimited'; retryAfter?: number }
  | { kind: 'misconfigured' };

export type AccountView =
  | { status: 'ok'; account: MyAccount; modes: FieldModes }
  | { status: 'problem'; problem: ServiceProblem };

function toModes(center: AccountCenter): FieldModes {
  const modes = {} as FieldModes;
  for (const key of accountCenterFieldKeys) modes[key] = center.fields[key] ?? 'Off';
  // Logto: `passkey` falls back to `mfa` only when its key is absent.
  if (center.fields.passkey === undefined) modes.passkey = modes.mfa;
  return modes;
}

/** Maps a failed read to what the page tells the user. */
export function toServiceProblem(error: AccountApiError): ServiceProblem {
  if (isAccountCenterDisabled(error)) return { kind: 'disabled' };
  if (error.status === 429) return { kind: 'rateLimited', retryAfter: error.retryAfter };
  if (error.status >= 500 && error.code !== 'portal.jwt_access_token')
    return { kind: 'unavailable' };
  return { kind: 'misconfigured' };
}

/**
 * The signed-in user's account and the tenant's field modes, read once per request.
 * Signed-out users are sent to sign-in; service failures become a `problem`.
 */
export const loadAccount = cache(async (): Promise<AccountView> => {
  const session = await requireSession();
  try {
    const [center, account] = await Promise.all([getAccountCenter(), getMyAccount(session)]);
    if (!center.enabled) return { status: 'problem', problem: { kind: 'disabled' } };
    return { status: 'ok', account, modes: toModes(center) };
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof AccountApiError)) throw error;
    return { status: 'problem', problem: toServiceProblem(error) };
  }
});

/**
 * For the account shell: while Logto can't serve the account (down, or asking us to slow down),
 * sends the browser to the status page, which answers 503 (or 429) with `Retry-After` so
 * monitors and caches see the truth. An App Router page always answers 200 once it renders, and
 * `notFound()`-style interrupts exist only for 401, 403 and 404, so a redirect that happens
 * before anything is streamed is the one honest way. Other problems stay on the page.
 */
export async function redirectOnServiceProblem(view: AccountView): Promise<void> {
  if (view.status !== 'problem') return;
  const path = statusPagePath(view.problem, await currentPath());
  if (path) redirect(path);
}
