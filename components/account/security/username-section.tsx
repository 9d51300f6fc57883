import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { resumedState } from '@/lib/forms/resumed-state';
import { routes } from '@/lib/routes';

import { ConfirmRemoval } from '@/components/account/security/confirm-removal';
import type { SecurityActions } from '@/components/account/security/security-actions';
import { ActionForm } from '@/components/forms/action-form';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { LinkButton } from '@/components/ui/link-button';
import { Section } from '@/components/ui/section';

type UsernameSectionProps = {
  mode: FieldMode;
  username: string | null | undefined;
  canVerify: boolean;
  confirmingRemoval: boolean;
  /** A new username that failed right after step-up. */
  resume?: { username: string; errorKey: string };
  actions: SecurityActions;
};

/** Set, change or remove the username. */
export function UsernameSection({
  mode,
  username,
  canVerify,
  confirmingRemoval,
  resume,
  actions,
}: UsernameSectionProps) {
  const t = useTranslations('security');
  const editable = mode === 'Edit' && canVerify;
  return (
    <Section id="username" title={t('username.title')}>
      {editable ? null : (
        <dl className="mb-4">
          <ReadOnlyValue
            label={t('username.label')}
            value={username}
            managed={mode === 'ReadOnly'}
          />
        </dl>
      )}
      {mode === 'Edit' && !canVerify ? <p>{t('needsMethod')}</p> : null}
      {editable && confirmingRemoval ? (
        <ConfirmRemoval
          type="username"
          question={t('username.confirmRemove')}
          confirmLabel={t('username.confirmButton')}
          action={actions.removeIdentifier}
        />
      ) : null}
      {editable && !confirmingRemoval ? (
        <div className="space-y-4">
          <ActionForm
            action={actions.changeUsername}
            submitLabel={t('username.save')}
            initial={resumedState('username', resume, { username: resume?.username })}
            fields={[
              {
                name: 'username',
                label: t('username.label'),
                hint: t('username.hint'),
                autoComplete: 'username',
                defaultValue: username ?? '',
              },
            ]}
          />
          {username ? (
            <LinkButton href={`${routes.security}?confirm=username#username`}>
              {t('username.remove')}
            </LinkButton>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
