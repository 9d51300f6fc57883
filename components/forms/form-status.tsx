'use client';

import { useTranslations } from 'next-intl';

import type { FormState } from '@/lib/forms/form-state';

type FormStatusProps = {
  state: FormState<string>;
  /** The catalog key to announce after a successful save. */
  successMessage: string;
};

/** The form-level message: a polite status on success, an alert on failure. */
export function FormStatus({ state, successMessage }: FormStatusProps) {
  const t = useTranslations();
  const error = state.status === 'error' && state.message ? t(state.message) : '';
  return (
    <>
      <p role="status" className="text-sm font-medium text-green-800 dark:text-green-300">
        {state.status === 'success' ? t(successMessage) : ''}
      </p>
      {error ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <p>{error}</p>
          {state.retryAfter ? <p>{t('forms.retryIn', { seconds: state.retryAfter })}</p> : null}
        </div>
      ) : null}
    </>
  );
}
