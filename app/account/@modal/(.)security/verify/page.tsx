import { getTranslations } from 'next-intl/server';

import { routes } from '@/lib/routes';

import { TaskDialog } from '@/components/ui/task-dialog';
import { ClientMessages, securityTaskMessages } from '@/components/i18n/client-messages';

import { verifyTask } from '../../../security/_tasks/verify-task';

type VerifyDialogProps = { searchParams: Promise<{ method?: string }> };

/** "Confirm it's you" over the page the change started from. */
export default async function VerifyDialog({ searchParams }: VerifyDialogProps) {
  const [task, t] = await Promise.all([
    verifyTask((await searchParams).method),
    getTranslations('common'),
  ]);
  return (
    <ClientMessages namespaces={securityTaskMessages}>
      <TaskDialog title={task.title} closeHref={routes.security} closeLabel={t('close')}>
        {task.content}
      </TaskDialog>
    </ClientMessages>
  );
}
