import { notFound } from 'next/navigation';

import { TaskPage } from '@/components/ui/task-page';

import { renderSessionTask, type Query } from '../../sessions/_tasks/render-task';

type TaskRouteProps = { params: Promise<{ task: string[] }>; searchParams: Promise<Query> };

export async function generateMetadata({ params, searchParams }: TaskRouteProps) {
  const task = await renderSessionTask('sessions', (await params).task, await searchParams);
  return { title: task?.title };
}

/** A confirmation step as a full page: reached by its URL, a refresh, or without JavaScript. */
export default async function TaskRoute({ params, searchParams }: TaskRouteProps) {
  const task = await renderSessionTask('sessions', (await params).task, await searchParams);
  if (!task) notFound();
  return (
    <TaskPage title={task.title} backHref={task.back} backLabel={task.backLabel}>
      {task.content}
    </TaskPage>
  );
}
