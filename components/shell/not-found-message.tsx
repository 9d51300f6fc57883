import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

import { routes } from '@/lib/routes';

/** "Page not found", and the way back to the account. */
export async function NotFoundMessage() {
  const t = await getTranslations('errorPage');
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('notFoundBody')}</p>
      <Link
        href={routes.account}
        className="mt-6 inline-block font-medium text-indigo-800 underline dark:text-indigo-200"
      >
        {t('backToAccount')}
      </Link>
    </div>
  );
}
