import { useTranslations } from 'next-intl';

import { routes } from '@/lib/routes';

import { AccountNav } from '@/components/account/account-nav';
import { Avatar } from '@/components/account/avatar';

type AccountHeaderProps = {
  /** Absent when the account could not be read. */
  user?: { displayName: string; avatar?: string | null };
  signOut: () => Promise<void>;
};

/** The shell's top bar: who is signed in, the account areas, and sign-out. */
export function AccountHeader({ user, signOut }: AccountHeaderProps) {
  const t = useTranslations();
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-3">
          {user ? (
            <>
              <Avatar
                src={user.avatar}
                name={user.displayName}
                alt={t('header.avatarAlt', { name: user.displayName })}
              />
              <p className="text-sm">
                <span className="sr-only">
                  {t('header.signedInAs', { name: user.displayName })}
                </span>
                <span aria-hidden="true" className="font-medium">
                  {user.displayName}
                </span>
              </p>
            </>
          ) : (
            <p className="font-medium">{t('common.appName')}</p>
          )}
        </div>
        <form action={signOut}>
          <button
            type="submit"
            className="rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:focus-visible:outline-indigo-300"
          >
            {t('header.signOut')}
          </button>
        </form>
      </div>
      <AccountNav
        label={t('nav.label')}
        items={[
          { href: routes.account, label: t('nav.profile') },
          { href: routes.security, label: t('nav.security') },
        ]}
      />
    </header>
  );
}
