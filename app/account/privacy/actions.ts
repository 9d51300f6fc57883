'use server';

import { signOut as endLogtoSession } from '@logto/next/server-actions';
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import { clearFlowCookies, stepUpCookie } from '@/lib/auth/flow-cookies';
import { getLogtoConfig } from '@/lib/auth/logto';
import { requireActionSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { isAccountApiError } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { readFields } from '@/lib/forms/read-fields';
import { deleteUser, hasManagementAccess } from '@/lib/management/client';
import { goodbyeCookie, matchesConfirmation } from '@/lib/privacy/deletion';
import { freshStepUpMs, currentStepUp } from '@/lib/privacy/step-up';
import { privacyTasks, routes } from '@/lib/routes';
import { askForStepUp } from '@/lib/security/changes';

/** "Confirm it's you" before deleting: always a new step-up, whatever was done before. */
export async function confirmBeforeDeletion(): Promise<void> {
  const session = await requireActionSession();
  if (!hasManagementAccess()) redirect(routes.privacy);
  await stepUpCookie.clear();
  await askForStepUp(session, { kind: 'privacy', action: 'deleteAccount' });
}

/** "Download my data": after a step-up (the usual 10 minutes), the file is one link away. */
export async function confirmBeforeDownload(): Promise<void> {
  const session = await requireActionSession();
  if (await currentStepUp(session)) redirect(`${routes.privacy}?ready=download#download`);
  await askForStepUp(session, { kind: 'privacy', action: 'download' });
}

/**
 * Deletes the account: a step-up at most 5 minutes old, the username or email typed, then
 * `DELETE /api/users/:id`, the portal's cookies cleared and the session ended at Logto. A
 * replay finds no session (or no fresh step-up) and deletes nothing.
 */
export async function deleteAccount(
  _state: FormState<'confirmation'>,
  formData: FormData,
): Promise<FormState<'confirmation'>> {
  const session = await requireActionSession();
  if (!hasManagementAccess()) redirect(routes.privacy);
  if (!(await currentStepUp(session, freshStepUpMs))) {
    await stepUpCookie.clear();
    return askForStepUp(session, { kind: 'privacy', action: 'deleteAccount' });
  }
  const values = readFields(formData, ['confirmation'] as const);
  const view = await loadAccount();
  if (view.status !== 'ok') redirect(privacyTasks.deleteAccount);
  if (!matchesConfirmation(values.confirmation ?? '', view.account)) {
    return {
      status: 'error',
      fieldErrors: { confirmation: ['privacy.delete.confirmationMismatch'] },
      values,
    };
  }
  try {
    await deleteUser(session.userId);
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return { status: 'error', message: 'privacy.delete.failed', values };
  }
  console.info(`[privacy] deleted user ${session.userId} at their request`);
  await clearFlowCookies();
  (await cookies()).set(goodbyeCookie.name, '1', {
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().cookieSecure,
    path: '/',
    maxAge: goodbyeCookie.maxAgeSeconds,
  });
  const config = getLogtoConfig();
  // Clears the session cookie and sends the browser to Logto's end-session endpoint, back to `/`.
  await endLogtoSession(config, `${config.baseUrl}/`);
  return { status: 'success' };
}

/** "Done" on the goodbye page: forget it and go to the start page. */
export async function leaveGoodbye(): Promise<void> {
  (await cookies()).delete(goodbyeCookie.name);
  redirect(routes.home);
}
