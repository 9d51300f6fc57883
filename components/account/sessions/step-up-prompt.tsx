import { LockKeyhole } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { SubmitButton } from '@/components/forms/submit-button';

type StepUpPromptProps = {
  page: 'sessions' | 'apps';
  action: (formData: FormData) => Promise<void>;
};

/** The list needs step-up even to be read: say why in one line, and offer to confirm. */
export function StepUpPrompt({ page, action }: StepUpPromptProps) {
  const t = useTranslations('sessions.stepUp');
  return (
    <form
      action={action}
      className="flex flex-wrap items-center gap-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-xs sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <input type="hidden" name="page" value={page} />
      <LockKeyhole aria-hidden="true" className="size-5 shrink-0 text-zinc-500" />
      <p className="min-w-0 flex-1 basis-64 text-sm text-zinc-700 dark:text-zinc-300">
        {page === 'apps' ? t('appsWhy') : t('why')}
      </p>
      <SubmitButton>{t('confirm')}</SubmitButton>
    </form>
  );
}
