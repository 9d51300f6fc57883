import { getTranslations } from 'next-intl/server';

import type { Query } from '@/lib/query';
import { routes } from '@/lib/routes';

import { TaskDialog } from '@/components/ui/task-dialog';
import { ClientMessages, securityTaskMessagesFor } from '@/components/i18n/client-messages';

import { renderSecurityTask } from '../../../security/_tasks/render-task';

type TaskDialogRouteProps = { params: Promise<{ task: string[] }>; searchParams: Promise<Query> };

/** A security task opened from the summary: the same task, as a dialog over it. */
export default async function TaskDialogRoute({ params, searchParams }: TaskDialogRouteProps) {
  const segments = (await params).task;
  const [task, t] = await Promise.all([
    renderSecurityTask(segments, await searchParams),
    getTranslations('common'),
  ]);
  if (!task) return null;
  return (
    <ClientMessages namespaces={securityTaskMessagesFor(segments)}>
      <TaskDialog title={task.title} closeHref={routes.security} closeLabel={t('close')}>
        {task.content}
      </TaskDialog>
    </ClientMessages>
  );
}
