/** One choice in a picker: the stored value, what the person reads, and an optional second line. */
export type PickerOption = {
  value: string;
  label: string;
  /** A second line that search also matches, such as a time zone's name or a native language name. */
  description?: string;
};

/**
 * The options with the stored value kept: a value the API already holds that no option matches
 * (an old time zone name, a country written out) is offered first, so saving the form never
 * drops or blanks it.
 */
export function withStoredValue(
  options: PickerOption[],
  stored: string | undefined,
  describe: (value: string) => PickerOption,
): PickerOption[] {
  if (!stored || options.some((option) => option.value === stored)) return options;
  return [describe(stored), ...options];
}

/** Sorts options by label in the interface language. */
export function byLabel(locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: PickerOption, b: PickerOption) => collator.compare(a.label, b.label);
}

/** Builds a list once per interface language and keeps it: it depends on nothing else. */
export function perLocale<T>(build: (locale: string) => T): (locale: string) => T {
  const built = new Map<string, T>();
  return (locale) => {
    const known = built.get(locale);
    if (known !== undefined) return known;
    const fresh = build(locale);
    built.set(locale, fresh);
    return fresh;
  };
}
