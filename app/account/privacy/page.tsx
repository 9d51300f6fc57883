import { getLocale, getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { currentStepUp } from '@/lib/privacy/step-up';
import { deletionOption, loadActivity } from '@/lib/privacy/view';
import { privacyTasks, routes } from '@/lib/routes';

import { ActivityList } from '@/components/account/privacy/activity-list';
import { DeletionCard } from '@/components/account/privacy/deletion-card';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { Card, CardBody } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

import { confirmBeforeDownload } from './actions';

type PrivacyPageProps = { searchParams: Promise<{ ready?: string; failed?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('privacy'))('title') };
}

/** `/account/privacy`: download my data, recent security activity, delete my account. */
export default async function PrivacyPage({ searchParams }: PrivacyPageProps) {
  const [t, view, session, locale, query] = await Promise.all([
    getTranslations('privacy'),
    loadAccount(),
    requireSession(),
    getLocale(),
    searchParams,
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={routes.privacy} />;
  const [stepUp, activity, deletion] = await Promise.all([
    currentStepUp(session),
    loadActivity(session, locale),
    deletionOption(),
  ]);
  const downloadReady = query.ready === 'download' && stepUp !== undefined;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-8">
        <Card id="download" title={t('download.title')} description={t('download.description')}>
          <CardBody>
            {downloadReady ? (
              <div role="status" className="space-y-3 text-sm">
                <p>{query.failed ? t('download.failed') : t('download.ready')}</p>
                <a
                  href={privacyTasks.download}
                  download
                  className="font-medium text-accent-text underline"
                >
                  {t('download.link')}
                </a>
              </div>
            ) : (
              <form action={confirmBeforeDownload}>
                <SubmitButton variant="secondary">{t('download.start')}</SubmitButton>
              </form>
            )}
          </CardBody>
        </Card>
        {activity ? (
          <Card id="activity" title={t('activity.title')} description={t('activity.description')}>
            {activity.status === 'ok' ? (
              <ActivityList
                lines={activity.lines}
                locale={locale}
                timeZone={view.account.profile?.zoneinfo ?? undefined}
              />
            ) : (
              <CardBody>
                <p role="status" className="text-sm">
                  {t('activity.unavailable')}
                </p>
              </CardBody>
            )}
          </Card>
        ) : null}
        <DeletionCard option={deletion} />
      </div>
    </>
  );
}
