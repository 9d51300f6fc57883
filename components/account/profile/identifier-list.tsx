import { useTranslations } from 'next-intl';

import type { FieldModes } from '@/lib/account';
import type { MyAccount } from '@/lib/account-api/schemas';

import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { Section } from '@/components/ui/section';

/** Formats Logto's digits-only phone (E.164 without `+`) for reading. */
const formatPhone = (phone: string | null | undefined) => (phone ? `+${phone}` : phone);

/** Username, email and phone, read-only here; changing them needs step-up verification. */
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
          <ReadOnlyValue key={row.key} label={t(row.key)} value={row.value} managed={row.mode === 'ReadOnly'} />
        ))}
      </dl>
    </Section>
  );
}
