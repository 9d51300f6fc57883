import { ShieldCheck, UserRound, KeyRound } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { hasSession } from '@/lib/auth/session';
import { loadBranding } from '@/lib/brand/branding';
import { getConfig } from '@/lib/config';
import { goodbyeCookie } from '@/lib/privacy/deletion';
import { routes } from '@/lib/routes';

import { BrandMark } from '@/components/shell/brand-mark';
import { LanguageForm } from '@/components/shell/language-form';
import { buttonClass } from '@/components/ui/button';

import { changeLocale } from './locale/actions';

type HomeProps = { searchParams: Promise<{ error?: string }> };

/** The signed-out landing page; signed-in visitors go straight to their account. */
export default async function Home({ searchParams }: HomeProps) {
  if (await hasSession()) redirect(routes.account);
  // Logto's end-session step comes back here after the account was deleted.
  if ((await cookies()).has(goodbyeCookie.name)) redirect(routes.goodbye);
  const [{ error }, t, branding] = await Promise.all([
    searchParams,
    getTranslations(),
    loadBranding(),
  ]);
  const points = [
    { icon: UserRound, text: t('landing.pointProfile') },
    { icon: KeyRound, text: t('landing.pointSignIn') },
    { icon: ShieldCheck, text: t('landing.pointSecurity') },
  ];
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <main
        id="main"
        className="w-full max-w-md rounded-2xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <BrandMark
          name={getConfig().portalName}
          label={t('common.appName')}
          logoUrl={branding.logoUrl}
          darkLogoUrl={branding.darkLogoUrl}
          href={routes.home}
        />
        <h1 className="mt-8 text-2xl font-semibold tracking-tight">{t('landing.title')}</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('landing.body')}</p>
        <ul className="mt-6 space-y-2.5">
          {points.map(({ icon: Icon, text }) => (
            <li
              key={text}
              className="flex items-center gap-3 text-sm text-zinc-700 dark:text-zinc-300"
            >
              <Icon aria-hidden="true" className="size-4 shrink-0 text-accent-text" />
              {text}
            </li>
          ))}
        </ul>
        {error ? (
          <p
            role="alert"
            className="mt-6 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
          >
            {t('landing.signInFailed')}
          </p>
        ) : null}
        <Link
          href={routes.signIn}
          prefetch={false}
          className={buttonClass('primary', 'mt-8 h-10 w-full text-base')}
        >
          {t('landing.signIn')}
        </Link>
      </main>
      <footer className="mt-6 w-full max-w-xs">
        <LanguageForm action={changeLocale} />
      </footer>
    </div>
  );
}
