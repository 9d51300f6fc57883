import { KeyRound } from 'lucide-react';
import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { securityTasks } from '@/lib/routes';

import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { SettingRow } from '@/components/ui/setting-row';

type PasswordRowProps = {
  mode: FieldMode;
  hasPassword: boolean;
  /** The message key of a password change that just finished. */
  done?: string;
};

/** The password row: set or change it. */
export function PasswordRow({ mode, hasPassword, done }: PasswordRowProps) {
  const t = useTranslations('security');
  return (
    <SettingRow
      id="password"
      icon={<KeyRound className="size-4" />}
      label={t('password.title')}
      value={hasPassword ? t('password.isSet') : undefined}
      emptyLabel={t('password.notSet')}
      badge={mode === 'ReadOnly' ? <Badge>{t('managed')}</Badge> : undefined}
      note={hasPassword ? undefined : t('password.none')}
      confirmation={done ? t(done) : undefined}
      actions={
        mode === 'Edit' ? (
          <ActionLink
            href={securityTasks.password}
            label={hasPassword ? t('actions.change') : t('actions.set')}
            name={hasPassword ? t('password.change') : t('password.set')}
          />
        ) : undefined
      }
    />
  );
}
