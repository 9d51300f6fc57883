import { getLocale, getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { allowedAvatarUrl } from '@/lib/avatar-hosts';
import { getConfig } from '@/lib/config';
import { one, type Query } from '@/lib/query';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { IdentifierList } from '@/components/account/profile/identifier-list';
import { PictureCard } from '@/components/account/profile/picture-card';
import { ProfileDetails } from '@/components/account/profile/profile-details';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

type ProfilePageProps = { searchParams: Promise<Query> };

/** What a finished task announces on the profile (`?done=`): the catalog key of its message. */
const pictureOutcomes = {
  picture: 'picture.saved',
  pictureUploaded: 'picture.uploaded',
  pictureRemoved: 'picture.removed',
} as const;

/** `/account`: the profile as summary cards, each opening its task to change it. */
export default async function ProfilePage({ searchParams }: ProfilePageProps) {
  const [t, locale, view, query] = await Promise.all([
    getTranslations('profile'),
    getLocale(),
    loadAccount(),
    searchParams,
  ]);
  if (view.status === 'problem') {
    return <ServiceProblemNotice {...view.problem} retryHref={routes.account} />;
  }
  const { account, modes } = view;
  const done = one(query.done);
  const pictureDone = Object.entries(pictureOutcomes).find(([outcome]) => outcome === done)?.[1];
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} description={t('intro')} />
      <UnsavedInputNotice query={query} />
      {modes.name !== 'Off' || modes.avatar !== 'Off' ? (
        <PictureCard
          name={account.name ?? ''}
          preview={allowedAvatarUrl(account.avatar, getConfig().avatarHosts)}
          modes={{ name: modes.name, avatar: modes.avatar }}
          confirmation={pictureDone ? t(pictureDone) : undefined}
        />
      ) : null}
      {modes.profile === 'Off' ? null : (
        <ProfileDetails
          profile={account.profile}
          locale={locale}
          editable={modes.profile === 'Edit'}
          saved={done === 'details' || done === 'address' ? done : undefined}
        />
      )}
      <IdentifierList account={account} modes={modes} />
    </div>
  );
}
