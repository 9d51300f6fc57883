/** How an activity line shows its time: "Nov 28, 2026, 9:56 AM", plus the zone when it isn't the browser's. */
export const activityTimeFormat = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
} as const satisfies Intl.DateTimeFormatOptions;
