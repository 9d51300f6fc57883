import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { accentStyles, loadBranding } from '@/lib/brand/branding';
import { getConfig } from '@/lib/config';
import { isLocale, isRightToLeft } from '@/lib/i18n/locales';

import { ShellStringsProvider } from '@/components/i18n/shell-strings';

import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const [t, branding] = await Promise.all([getTranslations('metadata'), loadBranding()]);
  const title = getConfig().portalName ? `${t('title')} · ${getConfig().portalName}` : t('title');
  return {
    title: { default: title, template: `%s · ${title}` },
    description: t('description'),
    icons: { icon: branding.favicon ?? '/favicon.svg' },
  };
}

/** The CSP nonce middleware put on this request, for the one inline `<style>` we write. */
async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, branding, nonce] = await Promise.all([
    getLocale(),
    getTranslations(),
    loadBranding(),
    requestNonce(),
  ]);
  const accent = accentStyles(branding);
  const shellStrings = {
    saving: t('common.saving'),
    tryAgain: t('common.tryAgain'),
    errorTitle: t('errorPage.title'),
    errorBody: t('errorPage.body'),
    errorTryAgain: t('errorPage.tryAgain'),
    errorBackToAccount: t('errorPage.backToAccount'),
    // Filled in on the client, where the failed render's digest is known.
    errorReference: t('errorPage.reference', { digest: '{digest}' }),
  };
  return (
    <html lang={locale} dir={isLocale(locale) && isRightToLeft(locale) ? 'rtl' : 'ltr'}>
      <head>{accent ? <style nonce={nonce}>{accent}</style> : null}</head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-accent-text focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 dark:bg-zinc-900"
        >
          {t('common.skipToContent')}
        </a>
        <ShellStringsProvider strings={shellStrings}>{children}</ShellStringsProvider>
      </body>
    </html>
  );
}
