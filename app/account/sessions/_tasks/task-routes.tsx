import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';

import type { Query } from '@/lib/query';

import { TaskDialog } from '@/components/ui/task-dialog';
import { TaskPage } from '@/components/ui/task-page';

import { renderSessionTask } from './render-task';

/** What the task routes of `/account/sessions` and `/account/apps` receive. */
export type SessionTaskRouteProps = {
  params: Promise<{ task: string[] }>;
  searchParams: Promise<Query>;
};

type Area = 'sessions' | 'apps';

const taskOf = async (area: Area, { params, searchParams }: SessionTaskRouteProps) =>
  renderSessionTask(area, (await params).task, await searchParams);

export async function sessionTaskMetadata(area: Area, props: SessionTaskRouteProps) {
  return { title: (await taskOf(area, props))?.title };
}

/** A confirmation step as a full page: reached by its URL, a refresh, or without JavaScript. */
export async function SessionTaskPage({ area, ...props }: SessionTaskRouteProps & { area: Area }) {
  const task = await taskOf(area, props);
  if (!task) notFound();
  return (
    <TaskPage title={task.title} backHref={task.back} backLabel={task.backLabel}>
      {task.content}
    </TaskPage>
  );
}

/** A confirmation step opened from its list: the same step, as a dialog over it. */
export async function SessionTaskDialog({
  area,
  ...props
}: SessionTaskRouteProps & { area: Area }) {
  const [task, t] = await Promise.all([taskOf(area, props), getTranslations('common')]);
  if (!task) return null;
  return (
    <TaskDialog title={task.title} closeHref={task.back} closeLabel={t('close')}>
      {task.content}
    </TaskDialog>
  );
}
