'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';
import {
  addressFields,
  profileClaimFields,
  type ProfileDetailsField,
} from '@/lib/forms/profile-fields';

import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/ui/text-field';

export type ProfileDetailsFormState = FormState<ProfileDetailsField>;

type ProfileDetailsFormProps = {
  action: (state: ProfileDetailsFormState, formData: FormData) => Promise<ProfileDetailsFormState>;
  initial: Record<ProfileDetailsField, string>;
};

const inputProps: Partial<
  Record<ProfileDetailsField, { type?: string; autoComplete?: string; hint?: string }>
> = {
  givenName: { autoComplete: 'given-name' },
  middleName: { autoComplete: 'additional-name' },
  familyName: { autoComplete: 'family-name' },
  nickname: { autoComplete: 'nickname' },
  website: { type: 'url', autoComplete: 'url', hint: 'websiteHint' },
  gender: { autoComplete: 'sex' },
  birthdate: { type: 'date', autoComplete: 'bday' },
  zoneinfo: { autoComplete: 'off', hint: 'zoneinfoHint' },
  locale: { autoComplete: 'language', hint: 'localeHint' },
  streetAddress: { autoComplete: 'street-address' },
  locality: { autoComplete: 'address-level2' },
  region: { autoComplete: 'address-level1' },
  postalCode: { autoComplete: 'postal-code' },
  country: { autoComplete: 'country-name' },
};

/** The standard profile claims, address included, saved together. */
export function ProfileDetailsForm({ action, initial }: ProfileDetailsFormProps) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, idleState);

  const field = (name: ProfileDetailsField) => {
    const props = inputProps[name] ?? {};
    return (
      <TextField
        key={name}
        name={name}
        label={t(`profile.details.${name}`)}
        hint={props.hint ? t(`profile.details.${props.hint}`) : undefined}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        defaultValue={state.values?.[name] ?? initial[name]}
        errors={state.fieldErrors?.[name]?.map((key) => t(key))}
      />
    );
  };

  return (
    <form action={formAction} noValidate className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">{profileClaimFields.map(field)}</div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-zinc-900 dark:text-zinc-50">
          {t('profile.details.address')}
        </legend>
        {addressFields.map(field)}
      </fieldset>
      <FormStatus state={state} successMessage="profile.details.saved" />
      <SubmitButton>{t('profile.details.save')}</SubmitButton>
    </form>
  );
}
