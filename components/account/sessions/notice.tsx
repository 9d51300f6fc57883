import { useTranslations } from 'next-intl';

import type { SessionDone } from '@/lib/sessions/paths';

import { RowConfirmation } from '@/components/ui/row-confirmation';

/** A refused change, in a role="alert" box at the top of the page or step. */
export function ErrorNotice({ messageKey }: { messageKey: string }) {
  const t = useTranslations();
  return (
    <p
      role="alert"
      tabIndex={-1}
      className="mb-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      {t(messageKey)}
    </p>
  );
}

/** What a finished change did, including any session that could not be signed out. */
export function DoneNotice({ done }: { done: SessionDone }) {
  const t = useTranslations('sessions.done');
  const { kind, ended, failed } = done;
  if (kind === 'sessionsShown' || kind === 'appsShown') return null;
  return (
    <div className="mb-4">
      <RowConfirmation message={t(kind, { ended, failed })} />
      {failed > 0 ? (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
          {t('failed', { failed })}
        </p>
      ) : null}
    </div>
  );
}
