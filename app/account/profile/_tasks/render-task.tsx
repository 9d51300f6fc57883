import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { loadAccount } from '@/lib/account';
import { allowedAvatarUrl } from '@/lib/avatar-hosts';
import { isAvatarUploadUnavailable } from '@/lib/avatar-upload';
import { getConfig } from '@/lib/config';
import { addressView, personalDetailsView } from '@/lib/profile-view';
import { routes } from '@/lib/routes';

import { AddressForm } from '@/components/account/profile/address-form';
import { NamePictureForm } from '@/components/account/profile/name-picture-form';
import { PersonalDetailsForm } from '@/components/account/profile/personal-details-form';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';

import { saveNameAndPicture, updateAddress, updatePersonalDetails } from '../actions';

export type ProfileTaskView = { title: string; content: ReactNode };

/**
 * The profile task at `/account/profile/<task>`, or undefined for a URL that is no task (or a
 * card the tenant doesn't let this user change).
 */
export async function renderProfileTask(task: string): Promise<ProfileTaskView | undefined> {
  const [view, t, locale] = await Promise.all([
    loadAccount(),
    getTranslations('profile'),
    getLocale(),
  ]);
  if (view.status === 'problem') {
    return {
      title: t('title'),
      content: <ServiceProblemNotice {...view.problem} retryHref={routes.account} />,
    };
  }
  const { account, modes } = view;
  if (task === 'picture' && (modes.name === 'Edit' || modes.avatar === 'Edit')) {
    const { avatarHosts } = getConfig();
    return {
      title: t('picture.title'),
      content: (
        <NamePictureForm
          action={saveNameAndPicture}
          name={account.name ?? ''}
          avatar={account.avatar ?? ''}
          preview={allowedAvatarUrl(account.avatar, avatarHosts)}
          modes={{ name: modes.name, avatar: modes.avatar }}
          avatarHosts={avatarHosts}
          uploadAvailable={!(await isAvatarUploadUnavailable())}
        />
      ),
    };
  }
  if (modes.profile !== 'Edit') return undefined;
  if (task === 'details') {
    return {
      title: t('details.title'),
      content: (
        <PersonalDetailsForm
          action={updatePersonalDetails}
          {...personalDetailsView(account.profile, locale)}
        />
      ),
    };
  }
  if (task === 'address') {
    return {
      title: t('address.title'),
      content: <AddressForm action={updateAddress} {...addressView(account.profile, locale)} />,
    };
  }
  return undefined;
}
