import { AppWindow } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { sessionErrorKey } from '@/lib/sessions/errors';
import { parseSessionDone, sessionRoutes, sessionTasks } from '@/lib/sessions/paths';
import { formatMoment, loadAppsView } from '@/lib/sessions/view';
import { one, type Query } from '@/lib/query';

import { DoneNotice, ErrorNotice } from '@/components/account/sessions/notice';
import { StepUpPrompt } from '@/components/account/sessions/step-up-prompt';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { ActionLink } from '@/components/ui/action-link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SettingRow, SettingRows } from '@/components/ui/setting-row';

import { showList } from '../sessions/actions';

type AppsPageProps = { searchParams: Promise<Query> };

export async function generateMetadata() {
  return { title: (await getTranslations('sessions'))('apps.title') };
}

/** `/account/apps`: other companies' apps the user has let use the account, and removing them. */
export default async function AppsPage({ searchParams }: AppsPageProps) {
  const [t, view, session, query, locale] = await Promise.all([
    getTranslations('sessions'),
    loadAccount(),
    requireSession(),
    searchParams,
    getLocale(),
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={sessionRoutes.apps} />;
  const { modes, account } = view;
  if (modes.session === 'Off') notFound();
  const errorCode = one(query.error);
  const done = parseSessionDone(one(query.done));
  const header = <PageHeader title={t('apps.title')} description={t('apps.intro')} />;
  const error = errorCode ? <ErrorNotice messageKey={sessionErrorKey(errorCode)} /> : null;
  const apps = await loadAppsView(session);
  if (apps.status === 'stepUp') {
    return (
      <>
        {header}
        {error}
        <StepUpPrompt page="apps" action={showList} />
      </>
    );
  }
  const editable = modes.session === 'Edit';
  const when = (ms: number | undefined) => formatMoment(ms, locale, account.profile?.zoneinfo);
  return (
    <>
      {header}
      {error}
      {done ? <DoneNotice done={done} /> : null}
      <Card
        id="apps"
        title={t('apps.listTitle')}
        description={editable ? undefined : t('apps.readOnly')}
      >
        {apps.value.length === 0 ? (
          <p className="p-4 text-sm text-zinc-600 sm:p-5 dark:text-zinc-400">{t('apps.empty')}</p>
        ) : (
          <SettingRows>
            {apps.value.map((app) => {
              const name = app.name ?? t('apps.unknownApp');
              const granted = when(app.grantedAt);
              return (
                <SettingRow
                  key={app.grantId}
                  id={`app-${app.grantId}`}
                  icon={<AppWindow className="size-4" />}
                  label={name}
                  value={granted ? t('apps.granted', { time: granted }) : undefined}
                  emptyLabel={name}
                  note={t('apps.expires', { time: when(app.expiresAt) ?? '' })}
                  actions={
                    editable ? (
                      <ActionLink
                        href={sessionTasks.removeApp(app.grantId)}
                        label={t('apps.remove')}
                        name={t('apps.removeName', { app: name })}
                      />
                    ) : undefined
                  }
                />
              );
            })}
          </SettingRows>
        )}
      </Card>
    </>
  );
}
