'use client';

import { useTranslations } from 'next-intl';

import { useHydrated } from '@/components/forms/use-hydrated';

type ErrorSummaryProps = {
  /** Each field in error: its input's id, its label and the translated messages. */
  errors: { id: string; label: string; messages: string[] }[];
};

/**
 * Without JavaScript a failed submit reloads the page at its top, so the task opens with a list
 * of what to fix, each a link to its field. With JavaScript focus goes to the field instead, and
 * each message shows once, next to its field.
 */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const t = useTranslations('forms');
  const hydrated = useHydrated();
  if (hydrated || errors.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <h2 id="error-summary-title" className="font-semibold">
        {t('summaryTitle')}
      </h2>
      <ul className="mt-1 space-y-0.5">
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} className="underline underline-offset-2">
              {error.label}: {error.messages.join(' ')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
