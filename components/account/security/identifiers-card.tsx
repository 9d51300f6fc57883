import { AtSign, Mail, Phone } from 'lucide-react';
import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { securityTasks } from '@/lib/routes';

import { PasswordRow } from '@/components/account/security/password-row';
import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { SettingRow, SettingRows } from '@/components/ui/setting-row';

type Identifier = 'username' | 'email' | 'phone';

type IdentifiersCardProps = {
  modes: Record<Identifier | 'password', FieldMode>;
  /** Current values, formatted for reading. */
  values: Record<Identifier, string | undefined>;
  /** Whether the user can confirm it's them (Logto refuses these changes otherwise). */
  canVerify: boolean;
  /** The row whose change just finished, and its message key. */
  done?: { row: string; key: string };
  hasPassword: boolean;
};

const icons = { username: AtSign, email: Mail, phone: Phone };
const addTask = {
  username: securityTasks.username,
  email: securityTasks.email,
  phone: securityTasks.phone,
};
const removeTask = {
  username: securityTasks.removeUsername,
  email: securityTasks.removeEmail,
  phone: securityTasks.removePhone,
};

/** Username, email, phone and password: one row each, with Add, Change and Remove. */
export function IdentifiersCard(props: IdentifiersCardProps) {
  const { modes, values, canVerify, done, hasPassword } = props;
  const t = useTranslations('security');
  const rows = (['username', 'email', 'phone'] as const).filter((id) => modes[id] !== 'Off');
  if (rows.length === 0 && modes.password === 'Off') return null;
  return (
    <Card
      id="identifiers"
      title={t('groups.identifiers')}
      description={t('groups.identifiersIntro')}
    >
      <SettingRows>
        {rows.map((id) => {
          const Icon = icons[id];
          const field = t(`fieldNames.${id}`);
          const value = values[id];
          const editable = modes[id] === 'Edit' && canVerify;
          return (
            <SettingRow
              key={id}
              id={id}
              icon={<Icon className="size-4" />}
              label={t(`${id}.title`)}
              // A phone number keeps its digits in order in right-to-left languages.
              value={id === 'phone' && value ? <span dir="ltr">{value}</span> : value}
              emptyLabel={t('notSet')}
              badge={modes[id] === 'ReadOnly' ? <Badge>{t('managed')}</Badge> : undefined}
              note={modes[id] === 'Edit' && !canVerify ? t('needsMethod') : undefined}
              confirmation={done?.row === id ? t(done.key) : undefined}
              actions={
                editable ? (
                  <>
                    <ActionLink
                      href={addTask[id]}
                      label={value ? t('actions.change') : t('actions.add')}
                      name={value ? t('aria.change', { field }) : t('aria.add', { field })}
                    />
                    {value ? (
                      <ActionLink
                        href={removeTask[id]}
                        label={t('actions.remove')}
                        name={t('aria.remove', { field })}
                        variant="ghost"
                      />
                    ) : null}
                  </>
                ) : undefined
              }
            />
          );
        })}
        {modes.password !== 'Off' ? (
          <PasswordRow
            mode={modes.password}
            hasPassword={hasPassword}
            done={done?.row === 'password' ? done.key : undefined}
          />
        ) : null}
      </SettingRows>
    </Card>
  );
}
