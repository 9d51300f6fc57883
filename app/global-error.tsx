'use client';

import { useSyncExternalStore } from 'react';

import { errorDigest } from '@/lib/errors';
import { negotiateLocale, type Locale } from '@/lib/i18n/locales';
// The error page's own small catalogs: this module is part of every page's JavaScript.
import en from '@/lib/i18n/messages/error-page.en.json';
import ja from '@/lib/i18n/messages/error-page.ja.json';
import { routes } from '@/lib/routes';

import './globals.css';

const catalogs: Record<Locale, typeof en> = { en, ja };

const noSubscription = () => () => {};
const browserLocale = () => negotiateLocale(navigator.languages.join(','));
const serverLocale = (): Locale => 'en';

type GlobalErrorProps = { error: unknown; retry: () => void };

/**
 * Replaces the root layout when it fails, so next-intl's provider is gone: the language comes
 * from the browser's preferences instead (English while rendering on the server).
 */
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, serverLocale);
  const t = catalogs[locale];
  const digest = errorDigest(error);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <title>{t.title}</title>
        <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-2xl font-semibold">{t.title}</h1>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
          {digest ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              {t.reference.replace('{digest}', digest)}
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap items-center justify-center gap-6">
            <button
              type="button"
              onClick={retry}
              className="font-medium text-indigo-800 underline dark:text-indigo-200"
            >
              {t.tryAgain}
            </button>
            <a
              href={routes.account}
              className="font-medium text-indigo-800 underline dark:text-indigo-200"
            >
              {t.backToAccount}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
