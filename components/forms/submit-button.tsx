'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** A submit button that knows when its form is pending and says so to screen readers. */
export function SubmitButton({ children }: { children: ReactNode }) {
  const { pending } = useFormStatus();
  const t = useTranslations('common');
  return (
    <>
      <button
        type="submit"
        aria-disabled={pending}
        disabled={pending}
        className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-70 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200 dark:focus-visible:outline-indigo-300"
      >
        {children}
      </button>
      <span aria-live="polite" className="sr-only">
        {pending ? t('saving') : ''}
      </span>
    </>
  );
}
