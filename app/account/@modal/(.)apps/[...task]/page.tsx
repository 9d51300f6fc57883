import { getTranslations } from 'next-intl/server';

import { TaskDialog } from '@/components/ui/task-dialog';

import { renderSessionTask, type Query } from '../../../sessions/_tasks/render-task';

type TaskDialogRouteProps = { params: Promise<{ task: string[] }>; searchParams: Promise<Query> };

/** A confirmation step opened from its list: the same step, as a dialog over it. */
export default async function TaskDialogRoute({ params, searchParams }: TaskDialogRouteProps) {
  const [task, t] = await Promise.all([
    renderSessionTask('apps', (await params).task, await searchParams),
    getTranslations('common'),
  ]);
  if (!task) return null;
  return (
    <TaskDialog title={task.title} closeHref={task.back} closeLabel={t('close')}>
      {task.content}
    </TaskDialog>
  );
}
