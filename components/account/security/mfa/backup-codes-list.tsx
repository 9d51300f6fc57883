import { useTranslations } from 'next-intl';

type BackupCodesListProps = {
  /** Each code, and the day it was used (already formatted) if it was. */
  codes: { code: string; used?: string | true }[];
};

/** The current codes: unused ones to read, used ones crossed out with when they were used. */
export function BackupCodesList({ codes }: BackupCodesListProps) {
  const t = useTranslations('mfa.backupCodes');
  return (
    <div className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
      <p>{t('viewIntro')}</p>
      <ol
        aria-label={t('viewTitle')}
        className="grid gap-1.5 rounded-lg bg-zinc-100 p-3 sm:grid-cols-2 dark:bg-zinc-800"
      >
        {codes.map(({ code, used }) => (
          <li key={code} className="flex flex-wrap items-baseline gap-x-2">
            {used ? (
              <>
                <del className="font-mono text-base tracking-wide text-zinc-600 dark:text-zinc-400">
                  {code}
                </del>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  {used === true ? t('used') : t('usedOn', { date: used })}
                </span>
              </>
            ) : (
              <span className="font-mono text-base tracking-wide text-zinc-900 dark:text-zinc-100">
                {code}
              </span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
