import { resumedState } from '@/lib/forms/resumed-state';
import { routes } from '@/lib/routes';

import { ActionForm } from '@/components/forms/action-form';
import { LinkButton } from '@/components/ui/link-button';

import { changeUsername } from '../actions';

import type { TaskContext, TaskView } from './task-context';

/** Set or change the username. */
export function usernameTask({ account, modes, flow, t }: TaskContext): TaskView | undefined {
  if (modes.username !== 'Edit') return undefined;
  const resume = flow.resume?.kind === 'username' && flow.resume.username ? flow.resume : undefined;
  return {
    title: account.username ? t('username.changeTitle') : t('username.addTitle'),
    content: (
      <ActionForm
        action={changeUsername}
        submitLabel={t('username.save')}
        initial={resumedState('username', resume, { username: resume?.username ?? undefined })}
        secondary={<LinkButton href={routes.security}>{t('cancel')}</LinkButton>}
        fields={[
          {
            name: 'username',
            label: t('username.label'),
            hint: t('username.hint'),
            autoComplete: 'username',
            defaultValue: account.username ?? '',
          },
        ]}
      />
    ),
  };
}
