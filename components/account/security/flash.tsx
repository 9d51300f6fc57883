import { useTranslations } from 'next-intl';

/** The result of the last change, announced politely; an error, assertively. */
export function Flash({ done, error }: { done?: string; error?: string }) {
  const t = useTranslations();
  return (
    <>
      <div
        role="status"
        className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900 empty:hidden dark:border-green-800 dark:bg-green-950 dark:text-green-100"
      >
        {done ? t(done) : null}
      </div>
      {error ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {t(error)}
        </div>
      ) : null}
    </>
  );
}
