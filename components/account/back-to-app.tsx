import { ArrowLeft } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { buttonClass } from '@/components/ui/button';

/** After a task an app linked to: the way back to that app. */
export function BackToApp({ href, host }: { href: string; host: string }) {
  const t = useTranslations('returnTo');
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('done')}</p>
      <a href={href} className={buttonClass('primary')}>
        <ArrowLeft aria-hidden="true" className="size-4 rtl:rotate-180" />
        {t('back', { host })}
      </a>
    </div>
  );
}
