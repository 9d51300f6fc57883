'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { customGenderChoice, genderChoices } from '@/lib/forms/profile-fields';

import { useHydrated } from '@/components/forms/use-hydrated';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

type GenderFieldProps = {
  choice: string;
  custom: string;
  errors: { gender?: string[]; genderCustom?: string[] };
};

/**
 * Gender: a choice, or the person's own words in a text field that the choice reveals. Without
 * JavaScript both show; the words count only with "In your own words" chosen.
 */
export function GenderField({ choice, custom, errors }: GenderFieldProps) {
  const t = useTranslations('profile.details');
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState(choice);
  const options = ['', ...genderChoices, customGenderChoice].map((value) => ({
    value,
    label: t(`genderOptions.${value || 'notSet'}`),
  }));
  return (
    <div
      className="space-y-3"
      onChange={(event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && target.name === 'gender')
          setChosen(target.value);
      }}
    >
      <SelectField
        name="gender"
        label={t('gender')}
        defaultValue={choice}
        options={options}
        errors={errors.gender}
      />
      <TextField
        name="genderCustom"
        label={t('genderCustom')}
        hint={hydrated ? undefined : t('genderCustomHint')}
        defaultValue={custom}
        errors={errors.genderCustom}
        className={hydrated && chosen !== customGenderChoice ? 'hidden' : undefined}
      />
    </div>
  );
}
