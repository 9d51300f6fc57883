import { useTranslations } from 'next-intl';

type ServiceProblemNoticeProps = {
  kind: 'disabled' | 'unavailable' | 'rateLimited' | 'misconfigured';
  retryAfter?: number;
  /** Where "Try again" leads: the page the user is on. */
  retryHref: string;
};

/** A calm, full-width explanation of why the account cannot be shown right now. */
export function ServiceProblemNotice({ kind, retryAfter, retryHref }: ServiceProblemNoticeProps) {
  const t = useTranslations();
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <h1 className="text-xl font-semibold">{t(`problems.${kind}.title`)}</h1>
      <p className="mt-2">{t(`problems.${kind}.body`)}</p>
      {kind === 'disabled' ? (
        <p className="mt-3 text-sm">{t('problems.disabled.operator')}</p>
      ) : null}
      {retryAfter ? <p className="mt-2">{t('forms.retryIn', { seconds: retryAfter })}</p> : null}
      {kind === 'unavailable' || kind === 'rateLimited' ? (
        <a href={retryHref} className="mt-4 inline-block font-medium underline">
          {t('common.tryAgain')}
        </a>
      ) : null}
    </div>
  );
}
