/** Calendar dates as OIDC's `birthdate` claim holds them: `YYYY-MM-DD`. Pure. */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real `YYYY-MM-DD` date: `2025-02-30` and `2023-02-29` are not. */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March; a real date comes back unchanged.
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Earth's latest "today" is in UTC+14; any later date is in the future everywhere. */
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

/** Whether a `YYYY-MM-DD` date lies after today wherever the person may be. */
export function isFutureDate(value: string, now: Date = new Date()): boolean {
  const latestToday = new Date(now.getTime() + LATEST_OFFSET_MS).toISOString().slice(0, 10);
  return value > latestToday;
}
