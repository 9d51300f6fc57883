'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import type { PickerOption } from '@/lib/intl/options';

import { useHydrated } from '@/components/forms/use-hydrated';

type ComboboxProps = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated messages. */
  errors?: string[];
  /** Built on the server; the first choice, "Not set" (value ''), is added here. */
  options: PickerOption[];
  defaultValue: string;
  labels: { notSet: string; showOptions: string; noMatches: string };
};

/** Lower-cased, without accents, for matching "sao" with "São Paulo". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A searchable picker. The list opens in the flow of the page, below the input, so a card's
 * rounded, clipped surface never cuts it off. The server (and a browser without JavaScript) renders a native select;
 * once hydrated it becomes an editable combobox with a filtered listbox (WAI-ARIA APG "combobox
 * with list autocomplete"). The chosen value travels in a hidden input under `name`.
 */
export function Combobox({
  name,
  label,
  hint,
  errors,
  options,
  defaultValue,
  labels,
}: ComboboxProps) {
  const hydrated = useHydrated();
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const describedBy = hint ? `${id}-hint ${errorId}` : errorId;
  const all = useMemo(() => [{ value: '', label: labels.notSet }, ...options], [options, labels]);
  const invalid = errors?.length ? true : undefined;

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
      {hydrated ? (
        <ComboboxInput
          key={defaultValue}
          id={id}
          name={name}
          label={label}
          options={all}
          defaultValue={defaultValue}
          invalid={invalid}
          describedBy={describedBy}
          labels={labels}
        />
      ) : (
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className="input mt-1.5 pe-8"
        >
          {all.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
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

type ComboboxInputProps = {
  id: string;
  name: string;
  label: string;
  options: PickerOption[];
  defaultValue: string;
  invalid?: boolean;
  describedBy: string;
  labels: ComboboxProps['labels'];
};

function ComboboxInput(props: ComboboxInputProps) {
  const { id, name, label, options, defaultValue, invalid, describedBy, labels } = props;
  const listId = `${id}-listbox`;
  const optionId = useId();
  const [value, setValue] = useState(defaultValue);
  const labelOf = (selected: string) =>
    selected ? (options.find((option) => option.value === selected)?.label ?? selected) : '';
  const [query, setQuery] = useState(() => labelOf(defaultValue));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [filtering, setFiltering] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  const shown = useMemo(() => {
    if (!filtering || !query.trim()) return options;
    const needle = fold(query.trim());
    return options.filter((option) =>
      fold(`${option.label} ${option.description ?? ''} ${option.value}`).includes(needle),
    );
  }, [options, query, filtering]);

  useEffect(() => {
    if (open && active >= 0)
      document.getElementById(`${optionId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, optionId]);

  const openList = () => {
    setOpen(true);
    setActive(
      Math.max(
        0,
        shown.findIndex((option) => option.value === value),
      ),
    );
  };
  const close = () => {
    setOpen(false);
    setFiltering(false);
    setActive(-1);
  };
  const choose = (option: PickerOption) => {
    setValue(option.value);
    setQuery(labelOf(option.value));
    close();
    // A pick is an edit of the form (it hides a stale confirmation); sent from the hidden input,
    // whose events React's onChange of the text input does not see.
    valueRef.current?.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open || event.altKey) return openList();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.min(shown.length - 1, Math.max(0, index + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = shown[active];
      if (option) choose(option);
      else close();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setQuery(labelOf(value));
      close();
    }
  };

  const onBlur = () => {
    if (!open && !filtering) return;
    const typed = fold(query.trim());
    const match = typed
      ? options.find((option) => fold(option.label) === typed || fold(option.value) === typed)
      : options[0];
    if (match) choose(match);
    else {
      setQuery(labelOf(value));
      close();
    }
  };

  const activeOption = open && active >= 0 && shown[active] ? `${optionId}-${active}` : undefined;
  return (
    <div className="mt-1.5">
      <input ref={valueRef} type="hidden" name={name} value={value} />
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={labels.notSet}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setFiltering(true);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          className="input pe-9"
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label={labels.showOptions}
          aria-controls={listId}
          aria-expanded={open}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (open) close();
            else openList();
          }}
          className="absolute inset-y-0 end-0 flex w-9 items-center justify-center text-zinc-500"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M5.2 7.5a.75.75 0 0 1 1.06 0L10 11.2l3.74-3.7a.75.75 0 1 1 1.06 1.06l-4.27 4.24a.75.75 0 0 1-1.06 0L5.2 8.56a.75.75 0 0 1 0-1.06Z" />
          </svg>
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || shown.length === 0}
        className="mt-1 max-h-60 w-full overflow-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {open
          ? shown.map((option, index) => (
              <li
                key={option.value}
                id={`${optionId}-${index}`}
                role="option"
                aria-selected={option.value === value}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(option)}
                className={`cursor-pointer px-3 py-1.5 aria-selected:font-medium ${
                  index === active ? 'bg-accent-soft' : ''
                }`}
              >
                {option.label}
                {option.description ? (
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {option.description}
                  </span>
                ) : null}
              </li>
            ))
          : null}
      </ul>
      {open && shown.length === 0 ? (
        <p
          role="status"
          className="mt-1 w-full rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-400"
        >
          {labels.noMatches}
        </p>
      ) : null}
    </div>
  );
}
