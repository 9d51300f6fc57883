import { getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { toProfileDetailsValues } from '@/lib/profile';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { BasicInfoForm } from '@/components/account/profile/basic-info-form';
import { IdentifierList } from '@/components/account/profile/identifier-list';
import { ProfileDetails } from '@/components/account/profile/profile-details';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { Section } from '@/components/ui/section';

import { updateBasicInfo, updateProfileDetails } from './actions';

export async function generateMetadata() {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

type ProfilePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/account`: the profile, showing only what the tenant's account center exposes. */
export default async function ProfilePage({ searchParams }: ProfilePageProps) {
  const t = await getTranslations('profile');
  const view = await loadAccount();
  if (view.status === 'problem') {
    return <ServiceProblemNotice {...view.problem} retryHref={routes.account} />;
  }
  const { account, modes } = view;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <UnsavedInputNotice query={await searchParams} />
      {modes.name !== 'Off' || modes.avatar !== 'Off' ? (
        <Section id="basic" title={t('basic.title')}>
          <BasicInfoForm
            action={updateBasicInfo}
            initial={{ name: account.name ?? '', avatar: account.avatar ?? '' }}
            modes={{ name: modes.name, avatar: modes.avatar }}
          />
        </Section>
      ) : null}
      <IdentifierList account={account} modes={modes} />
      {modes.profile !== 'Off' ? (
        <Section id="details" title={t('details.title')} intro={t('details.intro')}>
          <ProfileDetails
            action={updateProfileDetails}
            values={toProfileDetailsValues(account.profile)}
            editable={modes.profile === 'Edit'}
          />
        </Section>
      ) : null}
    </>
  );
}
