'use client';

import { useFormStatus } from 'react-dom';

type SignInSwitchProps = {
  on: boolean;
  label: string;
  /** Off when there is nothing to ask for at sign-in; the row says why. */
  disabled?: boolean;
  /** The id of the text that explains the setting (or why it is disabled). */
  describedBy?: string;
  action: (formData: FormData) => Promise<void>;
};

function SwitchButton({ on, label, disabled, describedBy }: Omit<SignInSwitchProps, 'action'>) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      role="switch"
      aria-checked={on}
      aria-label={label}
      aria-describedby={describedBy}
      aria-busy={pending || undefined}
      disabled={disabled || pending}
      className="group relative inline-flex h-6 w-11 shrink-0 items-center rounded-full bg-zinc-400 p-0.5 transition-colors disabled:cursor-not-allowed disabled:opacity-50 aria-checked:bg-accent dark:bg-zinc-600"
    >
      <span
        aria-hidden="true"
        className="size-5 rounded-full bg-white shadow-sm transition-transform group-aria-checked:translate-x-5 rtl:group-aria-checked:-translate-x-5"
      />
    </button>
  );
}

/** A switch that works as a plain form without JavaScript: it submits the opposite state. */
export function SignInSwitch({ action, ...props }: SignInSwitchProps) {
  return (
    <form action={action}>
      <input type="hidden" name="enabled" value={props.on ? 'false' : 'true'} />
      <SwitchButton {...props} />
    </form>
  );
}
