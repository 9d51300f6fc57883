import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { formatPhone } from '@/lib/phone';
import { loadSocialConnectors } from '@/lib/security/view';

import { ConfirmRemoval } from '@/components/account/security/confirm-removal';

import { removeIdentifier } from '../actions';

import type { TaskContext, TaskView } from './task-context';

/**
 * "Are you sure?" before removing the username, email, phone, or disconnecting a social
 * account (`/account/security/<type>/remove`, `/account/security/social/<target>`).
 */
export async function removalTask(
  context: TaskContext,
  segments: string[],
  query: { error?: string },
): Promise<TaskView | undefined> {
  const { account, modes, flow, t } = context;
  const [first, second] = segments;
  const refused = query.error ? apiErrorMessageKey({ status: 400, code: query.error }) : undefined;
  const resumed = (kind: string) => (flow.resume?.kind === kind ? flow.resume.errorKey : undefined);
  if (
    first === 'username' &&
    second === 'remove' &&
    modes.username === 'Edit' &&
    account.username
  ) {
    return {
      title: t('username.remove'),
      content: (
        <ConfirmRemoval
          type="username"
          question={t('username.confirmRemove')}
          confirmLabel={t('username.confirmButton')}
          error={refused ?? resumed('username')}
          action={removeIdentifier}
        />
      ),
    };
  }
  if ((first === 'email' || first === 'phone') && second === 'remove' && modes[first] === 'Edit') {
    const value = first === 'email' ? account.primaryEmail : formatPhone(account.primaryPhone);
    if (!value) return undefined;
    return {
      title: t(`${first}.remove`),
      content: (
        <ConfirmRemoval
          type={first}
          question={t(`${first}.confirmRemove`, { value })}
          confirmLabel={t(`${first}.confirmButton`)}
          error={refused ?? resumed('removeIdentifier')}
          action={removeIdentifier}
        />
      ),
    };
  }
  if (first === 'social' && second && modes.social === 'Edit' && account.identities?.[second]) {
    const connector = (await loadSocialConnectors(modes.social)).find(
      (candidate) => candidate.target === second,
    );
    const name = connector?.name[context.locale] ?? connector?.name.en ?? second;
    return {
      title: t('social.disconnect', { name }),
      content: (
        <ConfirmRemoval
          type="social"
          target={second}
          question={t('social.confirmDisconnect', { name })}
          confirmLabel={t('social.confirmButton', { name })}
          error={refused ?? resumed('unlinkSocial')}
          action={removeIdentifier}
        />
      ),
    };
  }
  return undefined;
}
