/** A page's search parameters, as Next.js hands them over. */
export type Query = Record<string, string | string[] | undefined>;

/** The first value of a search parameter given once or repeated. */
export const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value[0] : value;
