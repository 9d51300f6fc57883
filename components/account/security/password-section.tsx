import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { resumedState } from '@/lib/forms/resumed-state';

import type { SecurityActions } from '@/components/account/security/security-actions';
import { ActionForm } from '@/components/forms/action-form';
import { Section } from '@/components/ui/section';

type PasswordSectionProps = {
  mode: FieldMode;
  hasPassword: boolean;
  /** What password managers should file the password under. */
  accountName: string;
  /** A new password that failed right after step-up (the password itself is never kept). */
  resume?: {
    errorKey: string;
    issues?: { key: string; values?: Record<string, string | number> }[];
  };
  actions: SecurityActions;
};

/** Set a first password or change it. */
export function PasswordSection({
  mode,
  hasPassword,
  accountName,
  resume,
  actions,
}: PasswordSectionProps) {
  const t = useTranslations('security.password');
  return (
    <Section id="password" title={t('title')}>
      <p className="mb-4">{hasPassword ? t('has') : t('none')}</p>
      {mode === 'Edit' ? (
        <ActionForm
          action={actions.changePassword}
          submitLabel={hasPassword ? t('change') : t('set')}
          initial={resumedState('password', resume)}
          fields={[{ name: 'password', label: t('newLabel'), type: 'new-password' }]}
        >
          {/* Lets password managers save the new password for the right account. */}
          <input
            type="text"
            name="account"
            autoComplete="username"
            value={accountName}
            readOnly
            hidden
          />
        </ActionForm>
      ) : null}
    </Section>
  );
}
