import type { ReactNode } from 'react';

import { loadAccount } from '@/lib/account';

import { AccountHeader } from '@/components/account/account-header';

import { signOut } from '../sign-out/actions';

/** The account shell. It reads the user for the header; pages do their own gating. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const view = await loadAccount();
  const user =
    view.status === 'ok'
      ? {
          displayName:
            view.account.name || view.account.username || view.account.primaryEmail || view.account.id,
          avatar: view.account.avatar,
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
