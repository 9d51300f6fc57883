import { withStoredValue, type PickerOption } from '@/lib/intl/options';

/** IANA time zone ids the runtime knows, plus `UTC`, which `supportedValuesOf` leaves out. */
export function timeZoneIds(): string[] {
  const ids = Intl.supportedValuesOf('timeZone');
  return ids.includes('UTC') ? ids : [...ids, 'UTC'];
}

/** Whether the runtime accepts `value` as a time zone (aliases such as `Asia/Kolkata` too). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// Making a formatter is the slow part (about 1 ms each); they are reused for every date.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(
  cache: Map<string, Intl.DateTimeFormat>,
  key: string,
  make: () => Intl.DateTimeFormat,
) {
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** Minutes east of UTC in `timeZone` at `now`, from its `GMT+05:30` style name. */
export function utcOffsetMinutes(timeZone: string, now: Date): number {
  const format = cachedFormat(
    offsetFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }),
  );
  const name =
    format.formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `UTC+05:30`, `UTC-08:00`, `UTC+00:00`. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return `UTC${sign}${hours}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone's generic name in `locale` ("Japan Time", "日本標準時"), when it has one. */
function genericName(timeZone: string, locale: string): string | undefined {
  const format = cachedFormat(
    nameFormats,
    `${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }),
  );
  const name = format
    .formatToParts(new Date(0))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && !name.startsWith('GMT') ? name : undefined;
}

function describeZone(id: string, offset: number, locale: string): PickerOption {
  const description = genericName(id, locale);
  return {
    value: id,
    label: `(${formatUtcOffset(offset)}) ${id.replaceAll('_', ' ')}`,
    ...(description ? { description } : {}),
  };
}

// Keep the list per language and hour: offsets move with daylight saving time, on the hour.
const cache = new Map<string, PickerOption[]>();

/**
 * Every time zone as a picker option, "(UTC+09:00) Asia/Tokyo" with its name in `locale`,
 * ordered by the current offset, then by id.
 */
export function timeZoneOptions(locale: string, now: Date = new Date()): PickerOption[] {
  const key = `${locale}|${now.toISOString().slice(0, 13)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const options = timeZoneIds()
    .map((id) => ({ id, offset: utcOffsetMinutes(id, now) }))
    .sort((a, b) => a.offset - b.offset || a.id.localeCompare(b.id))
    .map(({ id, offset }) => describeZone(id, offset, locale));
  for (const stale of cache.keys()) if (stale.startsWith(`${locale}|`)) cache.delete(stale);
  cache.set(key, options);
  return options;
}

/** The options for a person whose stored zone may be an alias or not a time zone at all. */
export function timeZoneOptionsFor(
  stored: string | undefined,
  locale: string,
  now: Date = new Date(),
): PickerOption[] {
  return withStoredValue(timeZoneOptions(locale, now), stored, (value) =>
    isTimeZone(value)
      ? describeZone(value, utcOffsetMinutes(value, now), locale)
      : { value, label: value },
  );
}
