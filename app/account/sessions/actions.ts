'use server';

import { redirect, unstable_rethrow } from 'next/navigation';

import { requireActionSession } from '@/lib/auth/session';
import { isAccountApiError } from '@/lib/errors';
import { runChange } from '@/lib/security/changes';
import { pathAfterChange } from '@/lib/security/paths';
import type { SessionChange } from '@/lib/sessions/change-schema';
import { sessionErrorPath } from '@/lib/sessions/paths';

/** Every change here needs step-up; without it the change waits while the user confirms. */
async function run(change: SessionChange): Promise<never> {
  const session = await requireActionSession();
  let target: string;
  try {
    const outcome = await runChange(session, { kind: 'sessions', change }, true);
    target = pathAfterChange({ kind: 'sessions', change }, outcome);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    target = sessionErrorPath(change, error.code);
  }
  redirect(target);
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** "Confirm it's you" before a list that needs step-up even to be read. */
export async function showList(formData: FormData): Promise<void> {
  await run({ kind: 'view', page: text(formData, 'page') === 'apps' ? 'apps' : 'sessions' });
}

/** Signs one session out, with or without the other companies' apps signed in through it. */
export async function signOutSession(formData: FormData): Promise<void> {
  await run({
    kind: 'revokeSession',
    uid: text(formData, 'uid'),
    target: text(formData, 'revoke') === 'firstParty' ? 'firstParty' : 'all',
    current: text(formData, 'current') === 'true',
  });
}

/** Signs out every session but this one. */
export async function signOutOthers(): Promise<void> {
  await run({ kind: 'revokeOthers' });
}

/** Removes a trusted device. */
export async function removeDevice(formData: FormData): Promise<void> {
  await run({ kind: 'removeTrustedDevice', id: text(formData, 'id') });
}

/** Removes a third-party app's access. */
export async function removeApp(formData: FormData): Promise<void> {
  await run({ kind: 'revokeGrant', grantId: text(formData, 'grantId') });
}
