import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';

import type { Query } from '@/lib/query';
import { routes } from '@/lib/routes';

import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { TaskPage } from '@/components/ui/task-page';
import { ClientMessages, securityTaskMessagesFor } from '@/components/i18n/client-messages';

import { renderSecurityTask } from '../_tasks/render-task';

type TaskRouteProps = { params: Promise<{ task: string[] }>; searchParams: Promise<Query> };

export async function generateMetadata({ params, searchParams }: TaskRouteProps) {
  const task = await renderSecurityTask((await params).task, await searchParams);
  return { title: task?.title };
}

/** A security task as a full page: reached by its URL, a refresh, or without JavaScript. */
export default async function TaskRoute({ params, searchParams }: TaskRouteProps) {
  const query = await searchParams;
  const segments = (await params).task;
  const [task, t] = await Promise.all([
    renderSecurityTask(segments, query),
    getTranslations('stepUp'),
  ]);
  if (!task) notFound();
  return (
    <ClientMessages namespaces={securityTaskMessagesFor(segments)}>
      <TaskPage title={task.title} backHref={routes.security} backLabel={t('back')}>
        <UnsavedInputNotice query={query} />
        {task.content}
      </TaskPage>
    </ClientMessages>
  );
}
