import { Download } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { mfaTasks } from '@/lib/routes';

import { buttonClass } from '@/components/ui/button';

import { CopyButton } from './copy-button';
import { PrintButton } from './print-button';
import { StartForm } from './start-form';

type NewBackupCodesProps = {
  codes: string[];
  /** The title of the printout, naming the account. */
  printTitle: string;
  confirm: (formData: FormData) => Promise<void>;
  error?: string;
};

/** Ten new codes, shown once: download, copy or print them, then say they're saved. */
export function NewBackupCodes({ codes, printTitle, confirm, error }: NewBackupCodesProps) {
  const t = useTranslations('mfa.backupCodes');
  return (
    <div className="space-y-4 text-sm text-zinc-700 dark:text-zinc-300">
      <p>{t('saveIntro')}</p>
      <ol
        aria-label={t('listLabel')}
        className="grid grid-cols-2 gap-x-6 gap-y-1.5 rounded-lg bg-zinc-100 p-3 font-mono text-base tracking-wide text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        {/* A plain link: the route answers with an attachment, with or without JavaScript. */}
        <a href={mfaTasks.downloadBackupCodes} download className={buttonClass('secondary')}>
          <Download aria-hidden="true" className="size-4" />
          {t('download')}
        </a>
        <CopyButton value={codes.join('\n')} label={t('copy')} copiedLabel={t('copied')} />
        <PrintButton label={t('print')} title={printTitle} lines={codes} />
      </div>
      <StartForm label={t('saved')} action={confirm} error={error} />
    </div>
  );
}
