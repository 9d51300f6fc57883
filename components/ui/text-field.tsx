import type { InputHTMLAttributes } from 'react';

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated messages. */
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

/** A labelled input whose hint and errors are bound with `aria-describedby`. */
export function TextField({ name, label, hint, errors, className, ...input }: TextFieldProps) {
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
        <p id={hintId} className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${hintId} ${errorId}` : errorId}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-zinc-900 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:ring-offset-2 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-offset-zinc-950 dark:focus-visible:ring-indigo-400 ${
          invalid ? 'border-red-600 dark:border-red-400' : 'border-zinc-400 dark:border-zinc-600'
        }`}
        {...input}
      />
      <p
        id={errorId}
        aria-live="polite"
        aria-atomic="true"
        className="mt-1 text-sm text-red-700 dark:text-red-300"
      >
        {errors?.join(' ')}
      </p>
    </div>
  );
}
