/** Reads the named text fields present in a form (explicitly, so nothing unexpected slips in). */
export function readFields<F extends string>(
  formData: FormData,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}
