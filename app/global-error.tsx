'use client';

import { useEffect, useState } from 'react';

import { errorDigest } from '@/lib/errors';
import { isRightToLeft, locales, type Locale } from '@/lib/i18n/locales';
import en from '@/lib/i18n/messages/en/error-page.json';
import { routes } from '@/lib/routes';

import './globals.css';

type ErrorPageMessages = typeof en;

/** What the catalogs' formatter needs of `Intl` for the one message here that has a value. */
const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) =>
    new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
    new Intl.PluralRules(...args),
};

/** The browser's first language the portal speaks: the exact tag, else the same language. */
function browserLocale(): Locale | undefined {
  for (const tag of navigator.languages) {
    const lower = tag.toLowerCase();
    const exact = locales.find((locale) => locale.toLowerCase() === lower);
    const sameLanguage = locales.find((locale) => locale.split('-')[0] === lower.split('-')[0]);
    if (exact ?? sameLanguage) return exact ?? sameLanguage;
  }
  return undefined;
}

type GlobalErrorProps = { error: unknown; retry: () => void };

/**
 * Replaces the root layout when it fails, so next-intl's provider is gone: the page shows in
 * English, then in the browser's language once its small catalog has loaded (only that one).
 */
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const [shown, setShown] = useState<{ locale: Locale; t: ErrorPageMessages }>({
    locale: 'en',
    t: en,
  });
  useEffect(() => {
    const locale = browserLocale();
    if (!locale || locale === 'en') return;
    void import(`@/lib/i18n/messages/${locale}/error-page.json`).then(
      (catalog: { default: ErrorPageMessages }) => setShown({ locale, t: catalog.default }),
    );
  }, []);
  const { locale, t } = shown;
  const digest = errorDigest(error);
  const [reference, setReference] = useState('');
  useEffect(() => {
    if (!digest) return;
    // The catalogs are compiled at build time; their formatter loads only on this rare path.
    void import('icu-minify/format').then(({ default: format }) =>
      setReference(String(format(t.reference, locale, { digest }, { formatters }))),
    );
  }, [digest, locale, t]);
  return (
    <html lang={locale} dir={isRightToLeft(locale) ? 'rtl' : 'ltr'}>
      <body className="flex min-h-screen flex-col">
        <title>{t.title}</title>
        <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
          <h1 className="text-2xl font-semibold">{t.title}</h1>
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t.body}</p>
          {reference ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{reference}</p>
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
