import type { z } from 'zod';

import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { AccountApiError } from '@/lib/errors';

/**
 * The one state shape every form action returns. Messages are catalog keys; the form translates
 * them. `values` carries back what the user typed (React 19 resets uncontrolled inputs).
 */
export type FormState<F extends string> = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<F, string[]>>;
  values?: Partial<Record<F, string>>;
  /** Seconds to wait before trying again (429). */
  retryAfter?: number;
  /** A checklist of what to fix (the password policy's rules), as catalog keys with values. */
  issues?: { key: string; values?: Record<string, string | number> }[];
};

export const idleState = { status: 'idle' } as const;

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
  if (field) return { ...base, message: 'forms.fixErrors', fieldErrors: { [field]: [message] } as FormState<F>['fieldErrors'] };
  return { ...base, message };
}
