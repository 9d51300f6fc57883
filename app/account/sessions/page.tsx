import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { sessionErrorKey } from '@/lib/sessions/errors';
import { sessionDeviceName } from '@/lib/sessions/names';
import { parseSessionDone, sessionRoutes, sessionTasks } from '@/lib/sessions/paths';
import { formatMoment, loadSessionsView } from '@/lib/sessions/view';
import { one, type Query } from '@/lib/query';

import { DeviceIcon } from '@/components/account/sessions/device-icon';
import { DoneNotice, ErrorNotice } from '@/components/account/sessions/notice';
import { StepUpPrompt } from '@/components/account/sessions/step-up-prompt';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SettingRow, SettingRows } from '@/components/ui/setting-row';

import { showList } from './actions';

type SessionsPageProps = { searchParams: Promise<Query> };

export async function generateMetadata() {
  return { title: (await getTranslations('sessions'))('title') };
}

/** `/account/sessions`: every place the user is signed in, and the trusted devices. */
export default async function SessionsPage({ searchParams }: SessionsPageProps) {
  const [t, view, session, query, locale] = await Promise.all([
    getTranslations('sessions'),
    loadAccount(),
    requireSession(),
    searchParams,
    getLocale(),
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={sessionRoutes.sessions} />;
  const { modes, account } = view;
  if (modes.session === 'Off') notFound();
  const errorCode = one(query.error);
  const done = parseSessionDone(one(query.done));
  const header = <PageHeader title={t('title')} description={t('intro')} />;
  const error = errorCode ? <ErrorNotice messageKey={sessionErrorKey(errorCode)} /> : null;
  const list = await loadSessionsView(session, modes.trustedDevice);
  if (list.status === 'stepUp') {
    return (
      <>
        {header}
        {error}
        <StepUpPrompt page="sessions" action={showList} />
      </>
    );
  }
  const { sessions, devices } = list.value;
  const editable = modes.session === 'Edit';
  const others = sessions.filter(({ isCurrent }) => !isCurrent).length;
  const when = (ms: number | undefined) => formatMoment(ms, locale, account.profile?.zoneinfo);
  const tl = (key: string, values?: Record<string, string>) => t(`list.${key}`, values);
  return (
    <>
      {header}
      {error}
      {done ? <DoneNotice done={done} /> : null}
      <div className="space-y-8">
        <Card
          id="sessions"
          title={t('list.title')}
          description={editable ? undefined : t('list.readOnly')}
          actions={
            editable && others > 0 ? (
              <ActionLink
                href={sessionTasks.signOutOthers}
                label={t('list.signOutOthers')}
                name={t('list.signOutOthers')}
                variant="danger"
              />
            ) : undefined
          }
        >
          <SettingRows>
            {sessions.map((row) => {
              const name = sessionDeviceName(row.device, tl);
              const signedIn = when(row.signedInAt);
              return (
                <SettingRow
                  key={row.uid}
                  id={`session-${row.uid}`}
                  icon={<DeviceIcon type={row.device?.type} />}
                  label={name}
                  badge={row.isCurrent ? <Badge tone="accent">{t('list.thisDevice')}</Badge> : null}
                  value={[
                    signedIn ? t('list.signedIn', { time: signedIn }) : undefined,
                    row.location ? t('list.location', { location: row.location }) : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  emptyLabel={t('icons.other')}
                  note={t('list.expires', { time: when(row.expiresAt) ?? '' })}
                  actions={
                    editable ? (
                      <ActionLink
                        href={sessionTasks.signOut(row.uid)}
                        label={t('list.signOut')}
                        name={t('list.signOutName', { device: name })}
                      />
                    ) : undefined
                  }
                />
              );
            })}
          </SettingRows>
          {sessions.length === 0 ? (
            <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">{t('list.none')}</p>
          ) : null}
        </Card>
        {devices ? (
          <Card
            id="trusted-devices"
            title={t('devices.title')}
            description={t('devices.description')}
          >
            {devices.length === 0 ? (
              <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">{t('devices.none')}</p>
            ) : (
              <SettingRows>
                {devices.map((row) => {
                  const name = sessionDeviceName(row.device, tl);
                  const lastUsed = when(row.lastUsedAt);
                  return (
                    <SettingRow
                      key={row.id}
                      id={`device-${row.id}`}
                      icon={<DeviceIcon type={row.device?.type} />}
                      label={name}
                      badge={
                        row.isCurrent ? <Badge tone="accent">{t('list.thisDevice')}</Badge> : null
                      }
                      value={[
                        lastUsed ? t('devices.lastUsed', { time: lastUsed }) : undefined,
                        row.location ? t('list.location', { location: row.location }) : undefined,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      emptyLabel={t('icons.other')}
                      actions={
                        modes.trustedDevice === 'Edit' ? (
                          <ActionLink
                            href={sessionTasks.removeDevice(row.id)}
                            label={t('devices.remove')}
                            name={t('devices.removeName', { device: name })}
                          />
                        ) : undefined
                      }
                    />
                  );
                })}
              </SettingRows>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
