/**
 * A day in the user's language, in their profile's time zone when they set one (the server has no
 * other way to know it), else UTC. Invalid dates give undefined rather than "Invalid Date".
 */
export function formatDay(
  iso: string | null | undefined,
  locale: string,
  timeZone?: string,
): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeZone: timeZone ?? 'UTC',
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
}
