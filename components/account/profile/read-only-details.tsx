import { useTranslations } from 'next-intl';

import type { ProfileClaims } from '@/lib/account-api/schemas';
import { addressFieldOrder, nameFieldOrder } from '@/lib/intl/name-order';
import { addressDisplay, personalDetailsDisplay } from '@/lib/profile-view';

import { ReadOnlyCard } from '@/components/account/profile/read-only-card';

/** Personal details and address as the organization keeps them, read-only. */
export function ReadOnlyDetails({ profile, locale }: { profile?: ProfileClaims; locale: string }) {
  const t = useTranslations('profile');
  const details = personalDetailsDisplay(profile, locale);
  const address = addressDisplay(profile, locale);
  const gender =
    'choice' in details.gender
      ? t(`details.genderOptions.${details.gender.choice}`)
      : details.gender.text;
  const detailFields = [...nameFieldOrder(locale), 'nickname', 'website'] as const;
  return (
    <>
      <ReadOnlyCard
        id="details"
        title={t('details.title')}
        description={t('details.description')}
        rows={[
          ...detailFields.map((field) => ({ label: t(`details.${field}`), value: details[field] })),
          { label: t('details.gender'), value: gender },
          { label: t('details.birthdate'), value: details.birthdate },
          { label: t('details.zoneinfo'), value: details.zoneinfo },
          { label: t('details.locale'), value: details.locale },
        ]}
      />
      <ReadOnlyCard
        id="address"
        title={t('address.title')}
        description={t('address.description')}
        rows={addressFieldOrder(locale).map((field) => ({
          label: t(`address.${field}`),
          value: address[field],
        }))}
      />
    </>
  );
}
