'use client';

import { errorDigest } from '@/lib/errors';
import { routes } from '@/lib/routes';

import { useShellStrings } from '@/components/i18n/shell-strings';

type RootErrorProps = { error: unknown; retry: () => void };

/** Boundary for pages outside the account area: a calm message, a retry and a way back. */
export default function RootError({ error, retry }: RootErrorProps) {
  const t = useShellStrings();
  const digest = errorDigest(error);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t.errorTitle}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.errorBody}</p>
      {digest ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {t.errorReference.replace('{digest}', digest)}
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-center gap-6">
        <button
          type="button"
          onClick={retry}
          className="font-medium text-indigo-800 underline dark:text-indigo-200"
        >
          {t.errorTryAgain}
        </button>
        {/* A full page load, so nothing of the failed page's client state comes along. */}
        <a
          href={routes.account}
          className="font-medium text-indigo-800 underline dark:text-indigo-200"
        >
          {t.errorBackToAccount}
        </a>
      </div>
    </main>
  );
}
