'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';

import { QuietButton } from '@/components/ui/link-button';

type ResendCodeProps = {
  action: (state: FormState<'code'>, formData: FormData) => Promise<FormState<'code'>>;
  /** When another code may be requested (ms since epoch). */
  resendAt: number;
  /** Seconds left when the page was rendered. */
  initialWait: number;
  label: string;
  waitKey: string;
};

/** "Resend code" with a visible countdown; without JavaScript, the countdown is as of page load. */
export function ResendCode({ action, resendAt, initialWait, label, waitKey }: ResendCodeProps) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, idleState);
  const [wait, setWait] = useState(initialWait);
  useEffect(() => {
    const tick = () => setWait(Math.max(0, Math.ceil((resendAt - Date.now()) / 1000)));
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [resendAt]);
  const error =
    state.status === 'error'
      ? (state.fieldErrors?.code ?? []).concat(state.message ? [state.message] : [])
      : [];
  return (
    <form action={formAction} className="space-y-2">
      {wait > 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(waitKey, { seconds: wait })}</p>
      ) : (
        <QuietButton>{label}</QuietButton>
      )}
      <p role="alert" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {error
          .filter((key) => key !== 'forms.fixErrors')
          .map((key) => t(key))
          .join(' ')}
        {state.retryAfter ? ` ${t(waitKey, { seconds: state.retryAfter })}` : null}
      </p>
    </form>
  );
}
