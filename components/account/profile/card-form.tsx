'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode, type RefObject } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';

import { ErrorSummary } from '@/components/forms/error-summary';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { CardBody } from '@/components/ui/card';

export type CardAction<F extends string> = (
  state: FormState<F>,
  formData: FormData,
) => Promise<FormState<F>>;

type CardFormProps<F extends string> = {
  action: CardAction<F>;
  /** The confirmation after a save; an action may name another in `message` (upload, remove). */
  successMessage: string;
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
 * One card's own form: its fields, its save button, and its own confirmation, which goes away
 * as soon as the card is edited again (an error replaces it on the next save).
 */
export function CardForm<F extends string>(props: CardFormProps<F>) {
  const { action, successMessage, submitLabel, labels, messageValues, children } = props;
  const t = useTranslations();
  const [state, formAction] = useActionState<FormState<F>, FormData>(action, idleState);
  const formRef = useFocusFirstError(state);
  const [dismissed, setDismissed] = useState<FormState<F> | null>(null);
  const errors = (field: F) => state.fieldErrors?.[field]?.map((key) => t(key, messageValues));
  const summary = (Object.keys(labels) as F[]).flatMap((field) => {
    const messages = errors(field) ?? [];
    return messages.length
      ? [{ id: `field-${field}`, label: labels[field] ?? field, messages }]
      : [];
  });
  const shown = state.status === 'success' && dismissed === state ? idleState : state;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onInput={() => {
        if (state.status === 'success') setDismissed(state);
      }}
    >
      <CardBody>
        <div className="space-y-4">
          <ErrorSummary errors={summary} />
          {children(state, errors, formRef)}
        </div>
      </CardBody>
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-zinc-200 bg-zinc-50 px-4 py-3 sm:px-5 dark:border-zinc-800 dark:bg-zinc-900/60">
        <div className="me-auto min-w-0">
          <FormStatus state={shown} successMessage={state.message ?? successMessage} />
        </div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
