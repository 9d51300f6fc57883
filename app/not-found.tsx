import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

import { routes } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errorPage');
  return { title: t('notFoundTitle') };
}

/** The branded 404: answered with status 404, and a way back to the account. */
export default async function NotFound() {
  const t = await getTranslations('errorPage');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('notFoundBody')}</p>
      <Link
        href={routes.account}
        className="mt-6 inline-block font-medium text-indigo-800 underline dark:text-indigo-200"
      >
        {t('backToAccount')}
      </Link>
    </main>
  );
}
