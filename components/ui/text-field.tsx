import type { InputHTMLAttributes } from 'react';

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated messages. */
  errors?: string[];
  /** Another element that describes the input, such as a list of rules. */
  describedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

/** A labelled input whose hint and errors are bound with `aria-describedby`. */
export function TextField(props: TextFieldProps) {
  const { name, label, hint, errors, describedBy, className, ...input } = props;
  const id = `field-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : '', describedBy ?? '', errorId]
          .filter(Boolean)
          .join(' ')}
        className="input mt-1.5"
        {...input}
      />
      <p
        id={errorId}
        aria-live="polite"
        aria-atomic="true"
        className="mt-1 text-sm text-red-700 empty:mt-0 dark:text-red-300"
      >
        {errors?.join(' ')}
      </p>
    </div>
  );
}
