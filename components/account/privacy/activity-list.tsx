import { CircleAlert, CircleCheck } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

import type { ActivityLine } from '@/lib/privacy/activity';
import { activityTimeFormat } from '@/lib/privacy/time';
import { routes, securityTasks } from '@/lib/routes';

import { LocalTime } from '@/components/account/privacy/local-time';

type ActivityListProps = {
  lines: ActivityLine[];
  locale: string;
  /** The profile's time zone (`zoneinfo`), when the user set one. */
  timeZone?: string;
};

/** Formats on the server: the profile's zone, else UTC with the zone's name shown. */
function serverTime(at: number, locale: string, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      ...activityTimeFormat,
      timeZone: timeZone ?? 'UTC',
      ...(timeZone ? {} : { timeZoneName: 'short' }),
    }).format(at);
  } catch {
    return new Intl.DateTimeFormat(locale, {
      ...activityTimeFormat,
      timeZone: 'UTC',
      timeZoneName: 'short',
    }).format(at);
  }
}

async function Line({
  line,
  locale,
  timeZone,
}: { line: ActivityLine } & Omit<ActivityListProps, 'lines'>) {
  const t = await getTranslations('privacy.activity');
  const title =
    line.kind === 'signInSocial'
      ? line.provider
        ? t('kinds.signInSocial', { provider: line.provider })
        : t('kinds.signInSocialUnknown')
      : line.kind === 'other'
        ? line.key
        : t(`kinds.${line.kind}`);
  const device = line.device
    ? [line.device.browser, line.device.os].filter(Boolean).join(', ')
    : '';
  const details = [
    device ? t('from', { device }) : undefined,
    line.place ? t('place', { place: line.place }) : undefined,
    line.ip ? t('ip', { ip: line.ip }) : undefined,
  ].filter(Boolean);
  const Icon = line.succeeded ? CircleCheck : CircleAlert;
  return (
    <li className="flex gap-3 px-4 py-3 sm:px-5" data-testid="activity-line">
      <Icon
        aria-hidden="true"
        className={`mt-0.5 size-4 shrink-0 ${line.succeeded ? 'text-emerald-600 dark:text-emerald-400' : 'text-red-600 dark:text-red-400'}`}
      />
      <div className="min-w-0 text-sm">
        <p className="font-medium text-zinc-900 dark:text-zinc-50">
          {title}
          <span className="sr-only"> ({line.succeeded ? t('succeeded') : t('failed')})</span>
        </p>
        <p className="text-zinc-600 dark:text-zinc-400">
          <LocalTime
            at={line.at}
            locale={locale}
            serverText={serverTime(line.at, locale, timeZone)}
            profileTimeZone={timeZone}
          />
          {details.length > 0 ? <> · {details.join(' · ')}</> : null}
        </p>
      </div>
    </li>
  );
}

/** The user's recent security activity, then "Other account activity", then "Wasn't you?". */
export async function ActivityList({ lines, locale, timeZone }: ActivityListProps) {
  const t = await getTranslations('privacy.activity');
  const known = lines.filter(({ kind }) => kind !== 'other');
  const other = lines.filter(({ kind }) => kind === 'other');
  return (
    <div>
      {known.length === 0 ? (
        <p className="px-4 py-3 text-sm text-zinc-600 sm:px-5 dark:text-zinc-400">{t('empty')}</p>
      ) : (
        <ol className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label={t('title')}>
          {known.map((line) => (
            <Line key={line.id} line={line} locale={locale} timeZone={timeZone} />
          ))}
        </ol>
      )}
      {other.length > 0 ? (
        <details className="border-t border-zinc-200 dark:border-zinc-800">
          <summary className="cursor-pointer px-4 py-3 text-sm font-medium sm:px-5">
            {t('other', { count: other.length })}
          </summary>
          <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {other.map((line) => (
              <Line key={line.id} line={line} locale={locale} timeZone={timeZone} />
            ))}
          </ol>
        </details>
      ) : null}
      <div className="border-t border-zinc-200 bg-zinc-50 px-4 py-3 text-sm sm:px-5 dark:border-zinc-800 dark:bg-zinc-900/60">
        <p>
          <strong className="font-medium">{t('wasntYou')}</strong> {t('wasntYouBody')}
        </p>
        <p className="mt-1 flex flex-wrap gap-x-4">
          <Link
            href={`${routes.account}/sessions`}
            prefetch={false}
            className="text-accent-text underline"
          >
            {t('sessionsLink')}
          </Link>
          <Link
            href={securityTasks.password}
            prefetch={false}
            className="text-accent-text underline"
          >
            {t('passwordLink')}
          </Link>
        </p>
      </div>
    </div>
  );
}
