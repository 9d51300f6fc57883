'use client';

import { useTranslations } from 'next-intl';

import type { PersonalDetailsField } from '@/lib/forms/profile-fields';
import type { PickerOption } from '@/lib/intl/options';
import type { NameField } from '@/lib/intl/name-order';

import { ProfileForm, type ProfileAction } from '@/components/account/profile/profile-form';
import { GenderField } from '@/components/account/profile/gender-field';
import { Combobox } from '@/components/ui/combobox';
import { TextField } from '@/components/ui/text-field';

type PersonalDetailsFormProps = {
  action: ProfileAction<PersonalDetailsField>;
  values: Record<PersonalDetailsField, string>;
  /** A stored birthdate the date input cannot show; it is kept unless replaced or removed. */
  storedBirthdate?: string;
  /** Today's date at the latest (UTC+14), the date input's `max`. */
  today: string;
  nameOrder: NameField[];
  timeZones: PickerOption[];
  languages: PickerOption[];
};

const autoComplete: Record<NameField, string> = {
  givenName: 'given-name',
  middleName: 'additional-name',
  familyName: 'family-name',
};

/** Names in the reader's order, nickname, website, gender, birthdate, time zone and language. */
export function PersonalDetailsForm(props: PersonalDetailsFormProps) {
  const { action, values, storedBirthdate, today, nameOrder, timeZones, languages } = props;
  const t = useTranslations('profile');
  const labels = Object.fromEntries(
    (Object.keys(values) as PersonalDetailsField[])
      .filter((field) => field !== 'birthdateClear')
      .map((field) => [field, t(`details.${field}`)]),
  );
  const pickerLabels = {
    notSet: t('picker.notSet'),
    showOptions: t('picker.showOptions'),
    noMatches: t('picker.noMatches'),
  };

  return (
    <ProfileForm action={action} submitLabel={t('details.save')} labels={labels}>
      {(state, errors) => {
        const value = (field: PersonalDetailsField) => state.values?.[field] ?? values[field];
        const text = (field: PersonalDetailsField, extra: Record<string, string> = {}) => (
          <TextField
            key={field}
            name={field}
            label={t(`details.${field}`)}
            defaultValue={value(field)}
            errors={errors(field)}
            {...extra}
          />
        );
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              {nameOrder.map((field) => text(field, { autoComplete: autoComplete[field] }))}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              {text('nickname', { autoComplete: 'nickname' })}
              {text('website', {
                type: 'url',
                autoComplete: 'url',
                hint: t('details.websiteHint'),
              })}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <GenderField
                choice={value('gender')}
                custom={value('genderCustom')}
                errors={{ gender: errors('gender'), genderCustom: errors('genderCustom') }}
              />
              <div className="space-y-2">
                {text('birthdate', { type: 'date', autoComplete: 'bday', max: today })}
                {storedBirthdate ? (
                  <>
                    <p className="text-sm text-zinc-600 dark:text-zinc-400">
                      {t('details.birthdateStored', { value: storedBirthdate })}
                    </p>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="birthdateClear" className="size-4" />
                      {t('details.birthdateClear')}
                    </label>
                  </>
                ) : null}
              </div>
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <Combobox
                name="zoneinfo"
                label={t('details.zoneinfo')}
                options={timeZones}
                defaultValue={value('zoneinfo')}
                errors={errors('zoneinfo')}
                labels={pickerLabels}
              />
              <Combobox
                name="locale"
                label={t('details.locale')}
                options={languages}
                defaultValue={value('locale')}
                errors={errors('locale')}
                labels={pickerLabels}
              />
            </div>
          </>
        );
      }}
    </ProfileForm>
  );
}
