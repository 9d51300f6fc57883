'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';

import type { FieldMode } from '@/lib/account-api/schemas';
import { idleState, type FormState } from '@/lib/forms/form-state';
import type { BasicInfoField } from '@/lib/schemas/profile';

import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { TextField } from '@/components/ui/text-field';

export type BasicInfoFormState = FormState<BasicInfoField>;

type BasicInfoFormProps = {
  action: (state: BasicInfoFormState, formData: FormData) => Promise<BasicInfoFormState>;
  initial: Record<BasicInfoField, string>;
  modes: Record<BasicInfoField, FieldMode>;
};

/** Name and profile picture URL; read-only fields are shown, hidden ones left out. */
export function BasicInfoForm({ action, initial, modes }: BasicInfoFormProps) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, idleState);
  const value = (field: BasicInfoField) => state.values?.[field] ?? initial[field];
  const errors = (field: BasicInfoField) => state.fieldErrors?.[field]?.map((key) => t(key));

  const fields: {
    name: BasicInfoField;
    label: string;
    hint?: string;
    type: string;
    autoComplete: string;
  }[] = [
    { name: 'name', label: t('profile.basic.name'), type: 'text', autoComplete: 'name' },
    {
      name: 'avatar',
      label: t('profile.basic.avatar'),
      hint: t('profile.basic.avatarHint'),
      type: 'url',
      autoComplete: 'photo',
    },
  ];
  const editable = fields.filter((field) => modes[field.name] === 'Edit');
  const readOnly = fields.filter((field) => modes[field.name] === 'ReadOnly');

  return (
    <form action={formAction} noValidate className="space-y-4">
      {editable.map((field) => (
        <TextField
          key={field.name}
          name={field.name}
          label={field.label}
          hint={field.hint}
          type={field.type}
          autoComplete={field.autoComplete}
          defaultValue={value(field.name)}
          errors={errors(field.name)}
        />
      ))}
      {readOnly.length ? (
        <dl className="space-y-4">
          {readOnly.map((field) => (
            <ReadOnlyValue
              key={field.name}
              label={field.label}
              value={initial[field.name]}
              managed
            />
          ))}
        </dl>
      ) : null}
      <FormStatus state={state} successMessage="profile.basic.saved" />
      {editable.length ? <SubmitButton>{t('profile.basic.save')}</SubmitButton> : null}
    </form>
  );
}
