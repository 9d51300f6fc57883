import { useTranslations } from 'next-intl';

import {
  addressFields,
  profileClaimFields,
  type ProfileDetailsField,
} from '@/lib/forms/profile-fields';

import {
  ProfileDetailsForm,
  type ProfileDetailsFormState,
} from '@/components/account/profile/profile-details-form';
import { ReadOnlyValue } from '@/components/ui/read-only-value';

type ProfileDetailsProps = {
  action: (state: ProfileDetailsFormState, formData: FormData) => Promise<ProfileDetailsFormState>;
  values: Record<ProfileDetailsField, string>;
  editable: boolean;
};

/** The personal details: a form when editable, a read-only list otherwise. */
export function ProfileDetails({ action, values, editable }: ProfileDetailsProps) {
  const t = useTranslations('profile.details');
  if (editable) return <ProfileDetailsForm action={action} initial={values} />;
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {[...profileClaimFields, ...addressFields].map((field) => (
        <ReadOnlyValue key={field} label={t(field)} value={values[field]} managed />
      ))}
    </dl>
  );
}
