type SelectFieldProps = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  errors?: string[];
  options: { value: string; label: string }[];
};

/** A labelled select whose hint and errors are bound with `aria-describedby`. */
export function SelectField({
  name,
  label,
  hint,
  defaultValue,
  errors,
  options,
}: SelectFieldProps) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <select
        // A new key when the value comes back from the server: React never re-applies a changed
        // defaultValue to a mounted select, and the form reset after an action would lose it.
        key={defaultValue}
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={hint ? `${id}-hint ${errorId}` : errorId}
        className="input mt-1.5 pe-8"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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
