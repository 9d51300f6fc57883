import { useTranslations } from 'next-intl';

type ReadOnlyValueProps = {
  label: string;
  value: string | null | undefined;
  /** Shows that the tenant keeps this field read-only. */
  managed?: boolean;
};

/** A label and value pair for fields the user can see but not change here. */
export function ReadOnlyValue({ label, value, managed }: ReadOnlyValueProps) {
  const t = useTranslations('common');
  return (
    <div>
      <dt className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{label}</dt>
      <dd className="mt-1 text-zinc-700 dark:text-zinc-300">
        {value ? value : <span className="italic">{t('notSet')}</span>}
        {managed ? (
          <span className="ms-2 text-sm text-zinc-600 dark:text-zinc-400">
            ({t('managedByOrganization')})
          </span>
        ) : null}
      </dd>
    </div>
  );
}
