import { privacyTasks, routes } from '@/lib/routes';

const outcomes = { deleteAccount: 'deletionConfirmed', download: 'downloadReady' } as const;

/** What a step-up for Data & privacy leads to (no change at Logto yet). */
export type PrivacyOutcome = (typeof outcomes)[keyof typeof outcomes];

export const privacyOutcome = (action: keyof typeof outcomes): PrivacyOutcome => outcomes[action];

export const isPrivacyOutcome = (outcome: string): outcome is PrivacyOutcome =>
  Object.values<string>(outcomes).includes(outcome);

/** Back to the deletion page, or to the privacy page where the data file is ready to download. */
export const privacyPathAfter = (outcome: PrivacyOutcome): string =>
  outcome === 'deletionConfirmed'
    ? privacyTasks.deleteAccount
    : `${routes.privacy}?ready=download#download`;
