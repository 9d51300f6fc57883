import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { hasSession } from '@/lib/auth/session';
import { routes } from '@/lib/routes';

type HomeProps = { searchParams: Promise<{ error?: string }> };

/** The signed-out landing page; signed-in visitors go straight to their account. */
export default async function Home({ searchParams }: HomeProps) {
  if (await hasSession()) redirect(routes.account);
  const { error } = await searchParams;
  const t = await getTranslations('landing');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      {error ? (
        <p
          role="alert"
          className="mt-6 rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {t('signInFailed')}
        </p>
      ) : null}
      <Link
        href={routes.signIn}
        prefetch={false}
        className="mt-8 inline-block rounded-md bg-indigo-700 px-5 py-2.5 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-zinc-950 dark:hover:bg-indigo-200"
      >
        {t('signIn')}
      </Link>
    </main>
  );
}
