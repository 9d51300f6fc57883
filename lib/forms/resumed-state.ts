import type { FormState } from '@/lib/forms/form-state';

/** A change that failed right after step-up: the error and what the user had entered. */
export type Resume = {
  kind:
    | 'username'
    | 'sendCode'
    | 'bindIdentifier'
    | 'removeIdentifier'
    | 'password'
    | 'connectSocial'
    | 'bindSocial'
    | 'unlinkSocial'
    | 'mfa';
  errorKey: string;
  issues?: FormState<string>['issues'];
  username?: string | null;
  /** For a code that could not be sent: the address the user typed. */
  identifier?: { type: 'email' | 'phone'; value: string };
};

/** Form state for a change that failed right after step-up: the error on its field, input kept. */
export function resumedState<F extends string>(
  field: F,
  resume: { errorKey: string; issues?: FormState<F>['issues'] } | undefined,
  values: Partial<Record<F, string>> = {},
): FormState<F> | undefined {
  if (!resume) return undefined;
  return {
    status: 'error',
    fieldErrors: { [field]: [resume.errorKey] } as FormState<F>['fieldErrors'],
    values,
    issues: resume.issues,
  };
}
