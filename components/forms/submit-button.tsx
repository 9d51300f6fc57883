'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import { useShellStrings } from '@/components/i18n/shell-strings';
import { buttonClass, type ButtonVariant } from '@/components/ui/button';

type SubmitButtonProps = {
  children: ReactNode;
  variant?: ButtonVariant;
  /** Submits under this name, for forms with more than one action. */
  name?: string;
  value?: string;
  /** Not ready yet (the page is still preparing what the action needs). */
  disabled?: boolean;
};

/** A submit button that shows a spinner while its form is pending and says so to screen readers. */
export function SubmitButton(props: SubmitButtonProps) {
  const { children, variant = 'primary', name, value, disabled = false } = props;
  const { pending } = useFormStatus();
  const { saving } = useShellStrings();
  return (
    <>
      <button
        type="submit"
        name={name}
        value={value}
        aria-disabled={pending || disabled}
        aria-busy={pending}
        disabled={pending || disabled}
        className={buttonClass(variant)}
      >
        {pending ? (
          <span
            aria-hidden="true"
            className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
        ) : null}
        {children}
      </button>
      <span aria-live="polite" className="sr-only">
        {pending ? saving : ''}
      </span>
    </>
  );
}
