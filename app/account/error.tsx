'use client';

import { useShellStrings } from '@/components/i18n/shell-strings';

/** Last-resort boundary for the account area: a calm message and a retry, never a stack trace. */
export default function AccountError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useShellStrings();
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <h2 className="text-lg font-semibold">{t.errorTitle}</h2>
      <p className="mt-2">{t.errorBody}</p>
      <button type="button" onClick={reset} className="mt-4 font-medium underline">
        {t.tryAgain}
      </button>
    </div>
  );
}
