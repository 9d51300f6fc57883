import Link from 'next/link';
import { useTranslations } from 'next-intl';

import type { FieldModes } from '@/lib/account';
import type { MyAccount } from '@/lib/account-api/schemas';
import { formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { Card } from '@/components/ui/card';

/** A read-only summary of username, email and phone; Security owns changing them. */
export function IdentifierList({ account, modes }: { account: MyAccount; modes: FieldModes }) {
  const t = useTranslations();
  const rows = [
    { key: 'username', mode: modes.username, value: account.username },
    { key: 'email', mode: modes.email, value: account.primaryEmail },
    { key: 'phone', mode: modes.phone, value: formatPhone(account.primaryPhone) },
  ] as const;
  const visible = rows.filter((row) => row.mode !== 'Off');
  if (!visible.length) return null;
  return (
    <Card
      id="identifiers"
      title={t('profile.identifiers.title')}
      description={t('profile.identifiers.intro')}
      actions={
        <Link
          href={routes.security}
          prefetch={false}
          className="text-sm font-medium whitespace-nowrap text-accent-text underline-offset-2 hover:underline"
        >
          {t('profile.identifiers.manage')}
        </Link>
      }
    >
      <dl className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {visible.map((row) => (
          <div key={row.key} className="flex flex-wrap gap-x-4 gap-y-0.5 px-4 py-3 sm:px-5">
            <dt className="w-40 shrink-0 text-sm text-zinc-600 dark:text-zinc-400">
              {t(`profile.identifiers.${row.key}`)}
            </dt>
            <dd className="min-w-0 text-sm font-medium break-words text-zinc-900 dark:text-zinc-100">
              {row.value ? (
                // Numbers and addresses keep their order in right-to-left languages.
                <bdi dir={row.key === 'username' ? undefined : 'ltr'}>{row.value}</bdi>
              ) : (
                <span className="font-normal italic">{t('common.notSet')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
