import { useTranslations } from 'next-intl';

/** Why the last attempt at this task was refused (a catalog key), announced on arrival. */
export function TaskAlert({ error }: { error?: string }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      {t(error)}
    </p>
  );
}
