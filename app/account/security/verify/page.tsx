import { getTranslations } from 'next-intl/server';

import { routes } from '@/lib/routes';

import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { TaskPage } from '@/components/ui/task-page';
import { ClientMessages, securityTaskMessages } from '@/components/i18n/client-messages';

import { verifyTask } from '../_tasks/verify-task';

type VerifyPageProps = { searchParams: Promise<{ method?: string; unsaved?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('stepUp'))('title') };
}

/** `/account/security/verify`: confirm it's you (password, or a code to the current email or phone). */
export default async function VerifyPage({ searchParams }: VerifyPageProps) {
  const query = await searchParams;
  const [task, t] = await Promise.all([verifyTask(query.method), getTranslations('stepUp')]);
  return (
    <ClientMessages namespaces={securityTaskMessages}>
      <TaskPage title={task.title} backHref={routes.security} backLabel={t('back')}>
        <UnsavedInputNotice query={query} />
        {task.content}
      </TaskPage>
    </ClientMessages>
  );
}
