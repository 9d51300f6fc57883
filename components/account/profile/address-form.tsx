'use client';

import { useTranslations } from 'next-intl';

import type { AddressFormField } from '@/lib/forms/profile-fields';
import type { PickerOption } from '@/lib/intl/options';

import { ProfileForm, type ProfileAction } from '@/components/account/profile/profile-form';
import { Combobox } from '@/components/ui/combobox';
import { TextField } from '@/components/ui/text-field';

type AddressFormProps = {
  action: ProfileAction<AddressFormField>;
  values: Record<AddressFormField, string>;
  /** The fields in the order the interface language writes an address. */
  order: AddressFormField[];
  countries: PickerOption[];
};

const autoComplete: Record<AddressFormField, string> = {
  streetAddress: 'street-address',
  locality: 'address-level2',
  region: 'address-level1',
  postalCode: 'postal-code',
  country: 'country',
};

/** The postal address, its parts in local order, the country picked from a list. */
export function AddressForm({ action, values, order, countries }: AddressFormProps) {
  const t = useTranslations('profile');
  const labels = Object.fromEntries(order.map((field) => [field, t(`address.${field}`)]));
  return (
    <ProfileForm action={action} submitLabel={t('address.save')} labels={labels}>
      {(state, errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          {order.map((field) => {
            const defaultValue = state.values?.[field] ?? values[field];
            if (field === 'country') {
              return (
                <Combobox
                  key={field}
                  name={field}
                  label={t('address.country')}
                  options={countries}
                  defaultValue={defaultValue}
                  errors={errors(field)}
                  labels={{
                    notSet: t('picker.notSet'),
                    showOptions: t('picker.showOptions'),
                    noMatches: t('picker.noMatches'),
                  }}
                />
              );
            }
            return (
              <TextField
                key={field}
                name={field}
                label={t(`address.${field}`)}
                autoComplete={autoComplete[field]}
                defaultValue={defaultValue}
                errors={errors(field)}
                className={field === 'streetAddress' ? 'sm:col-span-2' : undefined}
              />
            );
          })}
        </div>
      )}
    </ProfileForm>
  );
}
