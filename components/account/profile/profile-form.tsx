'use client';

import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode, type RefObject } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';
import { routes } from '@/lib/routes';

import { ErrorSummary } from '@/components/forms/error-summary';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { LinkButton } from '@/components/ui/link-button';

export type ProfileAction<F extends string> = (
  state: FormState<F>,
  formData: FormData,
) => Promise<FormState<F>>;

type ProfileFormProps<F extends string> = {
  action: ProfileAction<F>;
  submitLabel: string;
  /** Field labels, for the no-JavaScript error summary. */
  labels: Partial<Record<F, string>>;
  /** Values for the field messages' placeholders, such as the allowed picture hosts. */
  messageValues?: Record<string, string>;
  children: (
    state: FormState<F>,
    errors: (field: F) => string[] | undefined,
    form: RefObject<HTMLFormElement | null>,
  ) => ReactNode;
};

/**
 * One profile task's form: its fields, then Cancel and Save. A save goes back to the profile,
 * which confirms it on the card; an error stays here, next to its field, with what was typed.
 */
export function ProfileForm<F extends string>(props: ProfileFormProps<F>) {
  const { action, submitLabel, labels, messageValues, children } = props;
  const t = useTranslations();
  const [state, formAction] = useActionState<FormState<F>, FormData>(action, idleState);
  const formRef = useFocusFirstError(state);
  const errors = (field: F) => state.fieldErrors?.[field]?.map((key) => t(key, messageValues));
  const summary = (Object.keys(labels) as F[]).flatMap((field) => {
    const messages = errors(field) ?? [];
    return messages.length
      ? [{ id: `field-${field}`, label: labels[field] ?? field, messages }]
      : [];
  });

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      {/* Enter in a field presses the form's first submit button: this one saves, so it never
          lands on "Upload picture" or "Remove picture", which come before Save. */}
      <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only" />
      <ErrorSummary errors={summary} />
      {children(state, errors, formRef)}
      <FormStatus state={state} successMessage="" />
      <div className="flex flex-wrap justify-end gap-3 pt-1">
        <LinkButton href={routes.account}>{t('profile.cancel')}</LinkButton>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
