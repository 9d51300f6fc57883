'use client';

import { activityTimeFormat } from '@/lib/privacy/time';

import { useHydrated } from '@/components/forms/use-hydrated';

type LocalTimeProps = {
  /** Epoch milliseconds. */
  at: number;
  locale: string;
  /** What the server wrote: in the profile's time zone, else UTC with its name. */
  serverText: string;
  /** Set when the profile names a time zone: then that one is kept. */
  profileTimeZone?: string;
};

/**
 * A time in the browser's time zone once JavaScript runs (the server can't know it); without
 * JavaScript the server's text stays, which names its zone.
 */
export function LocalTime({ at, locale, serverText, profileTimeZone }: LocalTimeProps) {
  const hydrated = useHydrated();
  const text =
    hydrated && !profileTimeZone
      ? new Intl.DateTimeFormat(locale, activityTimeFormat).format(at)
      : serverText;
  return <time dateTime={new Date(at).toISOString()}>{text}</time>;
}
