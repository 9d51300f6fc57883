import { getTranslations } from 'next-intl/server';

import { totpSetupCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { resumedState } from '@/lib/forms/resumed-state';
import { otpauthUri, totpIssuer } from '@/lib/mfa/otpauth';
import { qrCodeSvg } from '@/lib/mfa/qr';
import type { MfaView } from '@/lib/mfa/view';
import { loadMfaView } from '@/lib/security/mfa-view';
import { one, type Query } from '@/lib/query';

import { StartForm } from '@/components/account/security/mfa/start-form';
import { TotpSetup } from '@/components/account/security/mfa/totp-setup';

import { confirmTotp, removeMfaFactor, startTotpSetup } from '../mfa/actions';

import { backupCodeTask } from './mfa-backup-code-tasks';
import { passkeyTask } from './mfa-passkey-tasks';
import type { TaskContext, TaskView } from './task-context';

/** What a two-step verification task reads besides the account. */
export type MfaTaskContext = TaskContext & {
  view: MfaView;
  mt: Awaited<ReturnType<typeof getTranslations<'mfa'>>>;
  /** A catalog key: why the last attempt was refused, or failed right after step-up. */
  error?: string;
};

/** Set up or replace the authenticator app: a button first, then the QR code and a code field. */
async function totpTask(context: MfaTaskContext, second?: string): Promise<TaskView | undefined> {
  const { view, mt, account, flow, error } = context;
  if (view.modes.mfa !== 'Edit' || !view.availability.totp) return undefined;
  if (second === 'remove') {
    if (!view.totp) return undefined;
    return {
      title: mt('totp.removeTitle'),
      content: (
        <StartForm
          label={mt('totp.removeButton')}
          action={removeMfaFactor}
          variant="danger"
          hidden={{ id: view.totp.id, factor: 'Totp' }}
          error={error}
        >
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{mt('totp.confirmRemove')}</p>
          {view.passkeys.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{mt('totp.lastFactor')}</p>
          ) : null}
        </StartForm>
      ),
    };
  }
  if (second) return undefined;
  const pending = await totpSetupCookie.read(await requireSession());
  const replace = pending?.replace ?? Boolean(view.totp);
  const title = replace ? mt('totp.replaceTitle') : mt('totp.setUpTitle');
  if (!pending) {
    return {
      title,
      content: (
        <StartForm label={mt('continue')} action={startTotpSetup} error={error}>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{mt('totp.intro')}</p>
          {replace ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{mt('totp.replaceIntro')}</p>
          ) : null}
        </StartForm>
      ),
    };
  }
  const { portalName, baseUrl } = getConfig();
  const uri = otpauthUri({
    issuer: totpIssuer(portalName, baseUrl),
    account: account.username ?? account.primaryEmail ?? account.primaryPhone ?? account.id,
    secret: pending.secret,
  });
  const resume = flow.resume?.kind === 'mfa' ? flow.resume : undefined;
  return {
    title,
    content: (
      <TotpSetup
        qrSvg={await qrCodeSvg(uri)}
        secret={pending.secret}
        replace={replace}
        action={confirmTotp}
        initial={
          resumedState('code', resume) ?? (error ? { status: 'error', message: error } : undefined)
        }
      />
    ),
  };
}

/**
 * The two-step verification tasks under `/account/security/mfa/…`, or undefined for a URL that
 * is no task (or a factor the tenant doesn't offer this user).
 */
export async function mfaTask(
  context: TaskContext,
  segments: string[],
  query: Query,
): Promise<TaskView | undefined> {
  const view = await loadMfaView();
  if (!view || view.unavailable) return undefined;
  const code = one(query.error);
  const resumed = context.flow.resume?.kind === 'mfa' ? context.flow.resume.errorKey : undefined;
  const mfaContext: MfaTaskContext = {
    ...context,
    view,
    mt: await getTranslations('mfa'),
    error: code ? apiErrorMessageKey({ status: 400, code }) : resumed,
  };
  const [area, second, third] = segments;
  if (area === 'totp' && !third) return totpTask(mfaContext, second);
  if (area === 'backup-codes' && !third) return backupCodeTask(mfaContext, second);
  if (area === 'passkeys') return passkeyTask(mfaContext, second, third);
  return undefined;
}
