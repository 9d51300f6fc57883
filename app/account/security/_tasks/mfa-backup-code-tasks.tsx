import { unstable_rethrow } from 'next/navigation';

import { getBackupCodes } from '@/lib/account-api/mfa';
import { backupCodesCookie, stepUpCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { isAccountApiError } from '@/lib/errors';
import { formatDay } from '@/lib/mfa/format';
import { totpIssuer } from '@/lib/mfa/otpauth';
import { hasPrimaryFactor } from '@/lib/mfa/view';
import { routes } from '@/lib/routes';

import { BackupCodesList } from '@/components/account/security/mfa/backup-codes-list';
import { NewBackupCodes } from '@/components/account/security/mfa/new-backup-codes';
import { StartForm } from '@/components/account/security/mfa/start-form';
import { TaskAlert } from '@/components/account/security/mfa/task-alert';
import { LinkButton } from '@/components/ui/link-button';

import { confirmBackupCodes, showBackupCodes, startBackupCodes } from '../mfa/actions';

import type { MfaTaskContext } from './mfa-tasks';
import type { TaskView } from './task-context';

const paragraph = 'text-sm text-zinc-700 dark:text-zinc-300';

/** The current codes with their used state, read with the live step-up record (never sent on). */
async function viewTask(context: MfaTaskContext): Promise<TaskView | undefined> {
  const { view, mt, account, locale, error } = context;
  if (!view.backupCodes) return undefined;
  const session = await requireSession();
  const stepUp = await stepUpCookie.read(session);
  let codes: { code: string; used?: string | true }[] | undefined;
  if (stepUp) {
    try {
      const answer = await getBackupCodes(session, stepUp.recordId);
      const day = (iso: string) => formatDay(iso, locale, account.profile?.zoneinfo) ?? true;
      codes = answer.codes.map(({ code, usedAt }) => ({
        code,
        used: usedAt ? day(usedAt) : undefined,
      }));
    } catch (failure) {
      unstable_rethrow(failure);
      if (!isAccountApiError(failure)) throw failure;
      // Expired at Logto, or the codes are gone: the button below asks again.
    }
  }
  return {
    title: mt('backupCodes.viewTitle'),
    content: codes ? (
      <div className="space-y-4">
        <BackupCodesList codes={codes} />
        <LinkButton href={routes.security}>{mt('backupCodes.done')}</LinkButton>
      </div>
    ) : (
      <StartForm label={mt('backupCodes.viewStart')} action={showBackupCodes} error={error}>
        <p className={paragraph}>{mt('backupCodes.viewNeedsStepUp')}</p>
      </StartForm>
    ),
  };
}

/** Generate (or replace) backup codes: a button first, then the ten codes, shown once. */
export async function backupCodeTask(
  context: MfaTaskContext,
  second?: string,
): Promise<TaskView | undefined> {
  const { view, mt, account, error } = context;
  if (!view.availability.backupCodes) return undefined;
  if (second === 'view') return viewTask(context);
  if (second || view.modes.mfa !== 'Edit') return undefined;
  const title = view.backupCodes
    ? mt('backupCodes.regenerateTitle')
    : mt('backupCodes.generateTitle');
  if (!hasPrimaryFactor(view)) {
    return {
      title,
      content: (
        <div className="space-y-4">
          <TaskAlert error={error} />
          <p className={paragraph}>{mt('backupCodes.needsFactor')}</p>
          <LinkButton href={routes.security}>{mt('cancel')}</LinkButton>
        </div>
      ),
    };
  }
  const pending = await backupCodesCookie.read(await requireSession());
  if (!pending) {
    return {
      title,
      content: (
        <StartForm label={mt('backupCodes.start')} action={startBackupCodes} error={error}>
          <p className={paragraph}>{mt('backupCodes.intro')}</p>
          {view.backupCodes ? (
            <p className={paragraph}>{mt('backupCodes.replaceWarning')}</p>
          ) : null}
        </StartForm>
      ),
    };
  }
  const { portalName, baseUrl } = getConfig();
  return {
    title,
    content: (
      <NewBackupCodes
        codes={pending.codes}
        printTitle={mt('backupCodes.fileTitle', {
          account: account.username ?? account.primaryEmail ?? account.id,
          issuer: totpIssuer(portalName, baseUrl),
        })}
        confirm={confirmBackupCodes}
        error={error}
      />
    ),
  };
}
