'use client';

import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';

import { ErrorSummary } from '@/components/forms/error-summary';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { PasswordField } from '@/components/ui/password-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

export type FieldSpec<F extends string> = {
  name: F;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'new-password';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  defaultValue?: string;
  /** Renders a select with these options instead of an input. */
  options?: { value: string; label: string }[];
};

type ActionFormProps<F extends string> = {
  action: (state: FormState<F>, formData: FormData) => Promise<FormState<F>>;
  fields: FieldSpec<F>[];
  submitLabel: string;
  /** Non-secret values the action needs, such as which identifier type the form is for. */
  hidden?: Record<string, string>;
  /** A catalog key announced after success, for forms that stay on the page. */
  successMessage?: string;
  /** Content before the fields, such as a hidden username for password managers. */
  children?: ReactNode;
  /** State to show before the first submit, such as a change that failed right after step-up. */
  initial?: FormState<F>;
  /** Shown beside the submit button, such as "Cancel". */
  secondary?: ReactNode;
};

/** A server-action form: typed values survive errors, errors sit next to their fields. */
export function ActionForm<F extends string>(props: ActionFormProps<F>) {
  const { action, fields, submitLabel, hidden, successMessage, children, initial, secondary } =
    props;
  const t = useTranslations();
  const [state, formAction] = useActionState<FormState<F>, FormData>(action, initial ?? idleState);
  const formRef = useFocusFirstError(state);
  const summary = fields.flatMap((field) => {
    const messages = state.fieldErrors?.[field.name]?.map((key) => t(key)) ?? [];
    return messages.length ? [{ id: `field-${field.name}`, label: field.label, messages }] : [];
  });

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <ErrorSummary errors={summary} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {fields.map((field) => {
        const common = {
          name: field.name,
          label: field.label,
          hint: field.hint,
          defaultValue: state.values?.[field.name] ?? field.defaultValue,
          errors: state.fieldErrors?.[field.name]?.map((key) => t(key)),
        };
        if (field.options)
          return <SelectField key={field.name} {...common} options={field.options} />;
        if (field.type === 'password' || field.type === 'new-password') {
          return (
            <PasswordField
              key={field.name}
              {...common}
              autoComplete={field.type === 'password' ? 'current-password' : 'new-password'}
            />
          );
        }
        return (
          <TextField
            key={field.name}
            {...common}
            type={field.type ?? 'text'}
            autoComplete={field.autoComplete}
            inputMode={field.inputMode}
            // Numbers, codes and addresses read left to right in every language.
            dir={
              field.type === 'tel' || field.type === 'email' || field.inputMode === 'numeric'
                ? 'ltr'
                : undefined
            }
          />
        );
      })}
      {state.issues?.length ? (
        <div className="text-sm">
          <p className="font-medium">{t('security.password.rulesTitle')}</p>
          <ul className="mt-1 list-disc ps-5">
            {state.issues.map((issue) => (
              <li key={issue.key}>{t(issue.key, issue.values)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormStatus state={state} successMessage={successMessage ?? ''} />
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <SubmitButton>{submitLabel}</SubmitButton>
        {secondary}
      </div>
    </form>
  );
}
