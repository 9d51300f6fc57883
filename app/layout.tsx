import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { LocaleSwitcher } from '@/components/locale-switcher';

import { changeLocale } from './locale/actions';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('metadata');
  return {
    title: { default: t('title'), template: `%s · ${t('title')}` },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('common');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-indigo-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 dark:bg-zinc-900 dark:text-indigo-200"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>
          <div className="flex-1">{children}</div>
          <footer className="mx-auto w-full max-w-4xl px-4 py-6">
            <LocaleSwitcher action={changeLocale} />
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
