'use client';

import { useTranslations } from 'next-intl';

import type { FormState } from '@/lib/forms/form-state';

type FormStatusProps = {
  state: FormState<string>;
  /** The catalog key to announce after a successful save. */
  successMessage: string;
};

/**
 * The form's own result: a polite confirmation on success, an alert for a failure no single
 * field owns. Field errors are shown next to their fields only, never repeated here.
 */
export function FormStatus({ state, successMessage }: FormStatusProps) {
  const t = useTranslations();
  const hasFieldErrors = Object.values(state.fieldErrors ?? {}).some(
    (messages) => (messages as string[] | undefined)?.length,
  );
  const error = state.status === 'error' && state.message && !hasFieldErrors ? state.message : '';
  return (
    <>
      <p
        role="status"
        className="text-sm font-medium text-emerald-700 empty:sr-only dark:text-emerald-300"
      >
        {state.status === 'success' && successMessage ? t(successMessage) : ''}
      </p>
      {error ? (
        <div
          role="alert"
          tabIndex={-1}
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p>{t(error)}</p>
          {state.retryAfter ? <p>{t('forms.retryIn', { seconds: state.retryAfter })}</p> : null}
        </div>
      ) : null}
    </>
  );
}
