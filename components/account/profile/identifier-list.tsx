import { useTranslations } from 'next-intl';

import type { FieldModes } from '@/lib/account';
import type { MyAccount } from '@/lib/account-api/schemas';
import { formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { LinkButton } from '@/components/ui/link-button';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { Section } from '@/components/ui/section';

/** Username, email and phone, read-only here; they are changed in Security, behind step-up. */
export function IdentifierList({ account, modes }: { account: MyAccount; modes: FieldModes }) {
  const t = useTranslations('profile.identifiers');
  const rows = [
    { key: 'username', mode: modes.username, value: account.username },
    { key: 'email', mode: modes.email, value: account.primaryEmail },
    { key: 'phone', mode: modes.phone, value: formatPhone(account.primaryPhone) },
  ] as const;
  const visible = rows.filter((row) => row.mode !== 'Off');
  if (!visible.length) return null;
  return (
    <Section id="identifiers" title={t('title')} intro={t('intro')}>
      <dl className="grid gap-4 sm:grid-cols-3">
        {visible.map((row) => (
          <ReadOnlyValue
            key={row.key}
            label={t(row.key)}
            value={row.value}
            managed={row.mode === 'ReadOnly'}
          />
        ))}
      </dl>
      <div className="mt-4">
        <LinkButton href={routes.security}>{t('manage')}</LinkButton>
      </div>
    </Section>
  );
}
