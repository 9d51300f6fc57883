import { useTranslations } from 'next-intl';

import { hasUnsavedFlag } from '@/lib/auth/return-to';
import type { Query } from '@/lib/query';

type UnsavedInputNoticeProps = {
  /** The page's resolved `searchParams`; the notice shows when they carry `unsaved=1`. */
  query: Query;
};

/**
 * Shown after a form was posted once the session had ended: sign-in brought the user back to
 * the page, but what they had typed was not sent.
 */
export function UnsavedInputNotice({ query }: UnsavedInputNoticeProps) {
  const t = useTranslations('unsavedInput');
  if (!hasUnsavedFlag(query)) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
    >
      {t('body')}
    </p>
  );
}
