import { useEffect, useRef } from 'react';

import type { FormState } from '@/lib/forms/form-state';

/**
 * After a failed submit, moves focus to the first field in error (or the form's alert when no
 * field is to blame), so keyboard and screen reader users land on what to fix.
 */
export function useFocusFirstError(state: FormState<string>) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [state]);
  return formRef;
}
