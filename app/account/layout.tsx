import type { ReactNode } from 'react';

import { loadAccount, redirectOnServiceProblem } from '@/lib/account';
import { allowedAvatarUrl } from '@/lib/avatar-hosts';
import { getConfig } from '@/lib/config';

import { AccountHeader } from '@/components/account/account-header';

import { signOut } from '../sign-out/actions';

/** The account shell. It reads the user for the header; pages do their own gating. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const view = await loadAccount();
  await redirectOnServiceProblem(view);
  const user =
    view.status === 'ok'
      ? {
          displayName:
            view.account.name ||
            view.account.username ||
            view.account.primaryEmail ||
            view.account.id,
          // A picture the CSP would block shows as the initial instead of a broken image.
          avatar: allowedAvatarUrl(view.account.avatar, getConfig().avatarHosts),
        }
      : undefined;
  return (
    <>
      <AccountHeader user={user} signOut={signOut} />
      <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
        {children}
      </main>
    </>
  );
}
