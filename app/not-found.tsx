import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { NotFoundMessage } from '@/components/shell/not-found-message';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errorPage');
  return { title: t('notFoundTitle') };
}

/** The branded 404: answered with status 404, and a way back to the account. */
export default function NotFound() {
  return (
    <main id="main" className="px-4 py-8">
      <NotFoundMessage />
    </main>
  );
}
