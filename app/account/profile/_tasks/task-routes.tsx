import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';

import type { Query } from '@/lib/query';
import { routes } from '@/lib/routes';

import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { ClientMessages, profileMessages } from '@/components/i18n/client-messages';
import { TaskDialog } from '@/components/ui/task-dialog';
import { TaskPage } from '@/components/ui/task-page';

import { renderProfileTask } from './render-task';

/** What the profile's task routes receive. */
export type ProfileTaskRouteProps = {
  params: Promise<{ task: string }>;
  searchParams: Promise<Query>;
};

export async function profileTaskMetadata({ params }: ProfileTaskRouteProps) {
  return { title: (await renderProfileTask((await params).task))?.title };
}

/** A profile task as a full page: reached by its URL, a refresh, or without JavaScript. */
export async function ProfileTaskPage({ params, searchParams }: ProfileTaskRouteProps) {
  const [task, query, t] = await Promise.all([
    params.then(({ task }) => renderProfileTask(task)),
    searchParams,
    getTranslations('profile'),
  ]);
  if (!task) notFound();
  return (
    <ClientMessages namespaces={profileMessages}>
      <TaskPage title={task.title} backHref={routes.account} backLabel={t('back')} wide>
        <UnsavedInputNotice query={query} />
        {task.content}
      </TaskPage>
    </ClientMessages>
  );
}

/** A profile task opened from its card: the same form, as a dialog over the profile. */
export async function ProfileTaskDialog({ params }: ProfileTaskRouteProps) {
  const [task, t] = await Promise.all([
    params.then(({ task }) => renderProfileTask(task)),
    getTranslations('common'),
  ]);
  if (!task) return null;
  return (
    <ClientMessages namespaces={profileMessages}>
      <TaskDialog title={task.title} closeHref={routes.account} closeLabel={t('close')} wide>
        {task.content}
      </TaskDialog>
    </ClientMessages>
  );
}
