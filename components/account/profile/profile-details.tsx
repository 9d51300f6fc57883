import { useTranslations } from 'next-intl';

import type { ProfileClaims } from '@/lib/account-api/schemas';
import { addressFieldOrder, nameFieldOrder } from '@/lib/intl/name-order';
import { addressDisplay, personalDetailsDisplay } from '@/lib/profile-view';
import { profileTasks } from '@/lib/routes';

import { DetailsCard } from '@/components/account/profile/details-card';
import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';

type ProfileDetailsProps = {
  profile?: ProfileClaims;
  locale: string;
  /** False when the organization keeps these details read-only. */
  editable: boolean;
  /** The card a save was just made on. */
  saved?: 'details' | 'address';
};

/** Personal details and address as Logto keeps them, each card with its "Edit" task. */
export function ProfileDetails({ profile, locale, editable, saved }: ProfileDetailsProps) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const details = personalDetailsDisplay(profile, locale);
  const address = addressDisplay(profile, locale);
  const gender =
    'choice' in details.gender
      ? t(`details.genderOptions.${details.gender.choice}`)
      : details.gender.text;
  const detailFields = [...nameFieldOrder(locale), 'nickname', 'website'] as const;
  const action = (card: 'details' | 'address') =>
    editable ? (
      <ActionLink href={profileTasks[card]} label={t('edit')} name={t(`${card}.editLabel`)} />
    ) : (
      <Badge>{tc('managedByOrganization')}</Badge>
    );
  return (
    <>
      <DetailsCard
        id="details"
        title={t('details.title')}
        description={t('details.description')}
        action={action('details')}
        confirmation={saved === 'details' ? t('details.saved') : undefined}
        rows={[
          ...detailFields.map((field) => ({ label: t(`details.${field}`), value: details[field] })),
          { label: t('details.gender'), value: gender },
          { label: t('details.birthdate'), value: details.birthdate },
          { label: t('details.zoneinfo'), value: details.zoneinfo },
          { label: t('details.locale'), value: details.locale },
        ]}
      />
      <DetailsCard
        id="address"
        title={t('address.title')}
        description={t('address.description')}
        action={action('address')}
        confirmation={saved === 'address' ? t('address.saved') : undefined}
        rows={addressFieldOrder(locale).map((field) => ({
          label: t(`address.${field}`),
          value: address[field],
        }))}
      />
    </>
  );
}
