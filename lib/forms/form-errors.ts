import type { z } from 'zod';

import type { AccountApiError } from '@/lib/errors';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import type { FormState } from '@/lib/forms/form-state';

/** Field errors from a failed zod parse, keeping what the user typed. */
export function fromZodError<F extends string>(
  error: z.ZodError,
  values: Partial<Record<F, string>>,
): FormState<F> {
  const fieldErrors: Partial<Record<F, string[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '') as F;
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  return { status: 'error', message: 'forms.fixErrors', fieldErrors, values };
}

/**
 * Turns an Account API error into form state: onto the field it concerns when `fieldFor` knows
 * it, otherwise as the form's message.
 */
export function toFormState<F extends string>(
  error: AccountApiError,
  values: Partial<Record<F, string>>,
  fieldFor: (code: string) => F | undefined = () => undefined,
): FormState<F> {
  const message = apiErrorMessageKey(error);
  const field = fieldFor(error.code);
  const base = { status: 'error' as const, values, retryAfter: error.retryAfter };
  if (field)
    return {
      ...base,
      message: 'forms.fixErrors',
      fieldErrors: { [field]: [message] } as FormState<F>['fieldErrors'],
    };
  return { ...base, message };
}
