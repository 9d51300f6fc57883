import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import { getAccountCenter, getSignInExperience } from '@/lib/account-api/my-account';
import type { Session } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { isAccountApiError } from '@/lib/errors';
import { hasManagementAccess, listUserLogs } from '@/lib/management/client';
import { toActivity, type ActivityLine } from '@/lib/privacy/activity';
import { activityDays } from '@/lib/privacy/export';

/** How the user can delete their account here: the portal, the operator's page, or a contact. */
export type DeletionOption =
  | { kind: 'portal' }
  | { kind: 'external'; url: string }
  | { kind: 'contact'; url?: string; email?: string };

export async function deletionOption(): Promise<DeletionOption> {
  if (hasManagementAccess()) return { kind: 'portal' };
  const center = await getAccountCenter().catch((error: unknown) => {
    unstable_rethrow(error);
    return undefined;
  });
  if (center?.deleteAccountUrl) return { kind: 'external', url: center.deleteAccountUrl };
  return { kind: 'contact', ...getConfig().support };
}

/** The last 30 days of the user's security activity; undefined without the Management API. */
export async function loadActivity(
  session: Session,
  locale: string,
): Promise<{ status: 'ok'; lines: ActivityLine[] } | { status: 'unavailable' } | undefined> {
  if (!hasManagementAccess()) return undefined;
  try {
    const [entries, experience] = await Promise.all([
      listUserLogs(session.userId, Date.now() - activityDays * 86_400_000),
      getSignInExperience().catch(() => undefined),
    ]);
    const names = Object.fromEntries(
      (experience?.socialConnectors ?? []).map(({ id, name }) => [
        id,
        name[locale] ?? name.en ?? Object.values(name)[0] ?? id,
      ]),
    );
    return { status: 'ok', lines: toActivity(entries, names) };
  } catch (error) {
    unstable_rethrow(error);
    if (!isAccountApiError(error)) throw error;
    return { status: 'unavailable' };
  }
}
