import { getLocale, getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { allowedAvatarUrl } from '@/lib/avatar-hosts';
import { isAvatarUploadUnavailable } from '@/lib/avatar-upload';
import { getConfig } from '@/lib/config';
import { addressView, personalDetailsView } from '@/lib/profile-view';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { AddressCard } from '@/components/account/profile/address-card';
import { IdentifierList } from '@/components/account/profile/identifier-list';
import { NamePictureCard } from '@/components/account/profile/name-picture-card';
import { PersonalDetailsCard } from '@/components/account/profile/personal-details-card';
import { ReadOnlyDetails } from '@/components/account/profile/read-only-details';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages, profileMessages } from '@/components/i18n/client-messages';

import { saveNameAndPicture, updateAddress, updatePersonalDetails } from './actions';

export async function generateMetadata() {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

type ProfilePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/account`: the profile as cards, each showing only what the tenant's account center exposes. */
export default async function ProfilePage({ searchParams }: ProfilePageProps) {
  const [t, locale, view] = await Promise.all([
    getTranslations('profile'),
    getLocale(),
    loadAccount(),
  ]);
  if (view.status === 'problem') {
    return <ServiceProblemNotice {...view.problem} retryHref={routes.account} />;
  }
  const { account, modes } = view;
  const { avatarHosts } = getConfig();
  return (
    <ClientMessages namespaces={profileMessages}>
      <div className="space-y-8">
        <PageHeader title={t('title')} description={t('intro')} />
        <UnsavedInputNotice query={await searchParams} />
        {modes.name !== 'Off' || modes.avatar !== 'Off' ? (
          <NamePictureCard
            action={saveNameAndPicture}
            name={account.name ?? ''}
            avatar={account.avatar ?? ''}
            preview={allowedAvatarUrl(account.avatar, avatarHosts)}
            modes={{ name: modes.name, avatar: modes.avatar }}
            avatarHosts={avatarHosts}
            uploadAvailable={!(await isAvatarUploadUnavailable())}
          />
        ) : null}
        {modes.profile === 'Edit' ? (
          <>
            <PersonalDetailsCard
              action={updatePersonalDetails}
              {...personalDetailsView(account.profile, locale)}
            />
            <AddressCard action={updateAddress} {...addressView(account.profile, locale)} />
          </>
        ) : null}
        {modes.profile === 'ReadOnly' ? (
          <ReadOnlyDetails profile={account.profile} locale={locale} />
        ) : null}
        <IdentifierList account={account} modes={modes} />
      </div>
    </ClientMessages>
  );
}
