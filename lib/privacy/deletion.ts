import type { MyAccount } from '@/lib/account-api/schemas';

/**
 * Set after the account is deleted, so the start page Logto returns to after ending the session
 * shows the goodbye page. It holds no data, only that a deletion just happened.
 */
export const goodbyeCookie = { name: 'portal_goodbye', maxAgeSeconds: 10 * 60 } as const;

/** What the user may type to confirm: their username (exactly) or their email (any case). */
export function confirmationValues(account: Pick<MyAccount, 'username' | 'primaryEmail'>) {
  return [account.username, account.primaryEmail].filter((value): value is string => !!value);
}

export function matchesConfirmation(
  typed: string,
  account: Pick<MyAccount, 'username' | 'primaryEmail'>,
): boolean {
  const value = typed.trim();
  if (!value) return false;
  return (
    value === account.username ||
    (!!account.primaryEmail && value.toLowerCase() === account.primaryEmail.toLowerCase())
  );
}
