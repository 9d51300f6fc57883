import { getTranslations } from 'next-intl/server';

import { routes } from '@/lib/routes';

import { TaskPage } from '@/components/ui/task-page';

import { verifyTask } from '../_tasks/verify-task';

type VerifyPageProps = { searchParams: Promise<{ method?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('stepUp'))('title') };
}

/** `/account/security/verify`: confirm it's you (password, or a code to the current email or phone). */
export default async function VerifyPage({ searchParams }: VerifyPageProps) {
  const [task, t] = await Promise.all([
    verifyTask((await searchParams).method),
    getTranslations('stepUp'),
  ]);
  return (
    <TaskPage title={task.title} backHref={routes.security} backLabel={t('back')}>
      {task.content}
    </TaskPage>
  );
}
