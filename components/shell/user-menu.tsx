import { ChevronDown, LogOut } from 'lucide-react';
import { getTranslations } from 'next-intl/server';

import { Avatar } from '@/components/account/avatar';
import { DisclosureCloser } from '@/components/shell/disclosure-closer';
import { LanguageForm } from '@/components/shell/language-form';

type UserMenuProps = {
  /** Absent when the account could not be read. */
  user?: { displayName: string; email?: string; avatar?: string | null };
  signOut: () => Promise<void>;
  changeLocale: (formData: FormData) => Promise<void>;
};

/**
 * Who is signed in, the language and sign-out. A `<details>` disclosure, so it opens without
 * JavaScript; with it, a click outside or Escape closes it.
 */
export async function UserMenu({ user, signOut, changeLocale }: UserMenuProps) {
  const t = await getTranslations('header');
  const name = user?.displayName;
  return (
    <details id="user-menu" className="group relative">
      <DisclosureCloser id="user-menu" />
      <summary
        aria-label={name ? t('menu', { name }) : t('menuSignedOut')}
        className="flex cursor-pointer list-none items-center gap-2 rounded-full py-1 ps-1 pe-2 hover:bg-zinc-100 dark:hover:bg-zinc-800 [&::-webkit-details-marker]:hidden"
      >
        {name ? <Avatar src={user.avatar} name={name} alt={t('avatarAlt', { name })} /> : null}
        <bdi className="hidden max-w-40 truncate text-sm font-medium sm:inline">{name}</bdi>
        <ChevronDown
          aria-hidden="true"
          className="size-4 text-zinc-500 transition-transform group-open:rotate-180"
        />
      </summary>
      <div className="absolute end-0 z-30 mt-2 w-72 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
        {user ? (
          <div className="flex items-center gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
            <Avatar src={user.avatar} name={user.displayName} alt="" />
            <div className="min-w-0">
              <p className="truncate text-sm font-medium">
                <span className="sr-only">{t('signedInAs', { name: user.displayName })}</span>
                <bdi aria-hidden="true">{user.displayName}</bdi>
              </p>
              {user.email ? (
                <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                  <bdi>{user.email}</bdi>
                </p>
              ) : null}
            </div>
          </div>
        ) : null}
        <div className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
          <LanguageForm action={changeLocale} />
        </div>
        <form action={signOut} className="p-1.5">
          <button
            type="submit"
            className="flex w-full items-center gap-2 rounded-md px-2.5 py-2 text-start text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            <LogOut aria-hidden="true" className="size-4" />
            {t('signOut')}
          </button>
        </form>
      </div>
    </details>
  );
}
