import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { loadAccount, redirectOnServiceProblem } from '@/lib/account';
import { allowedAvatarUrl } from '@/lib/avatar-hosts';
import { loadBranding } from '@/lib/brand/branding';
import { getConfig } from '@/lib/config';
import { routes } from '@/lib/routes';
import { sessionRoutes } from '@/lib/sessions/paths';

import { BrandMark } from '@/components/shell/brand-mark';
import { SectionNav } from '@/components/shell/section-nav';
import { UserMenu } from '@/components/shell/user-menu';

import { changeLocale } from '../locale/actions';
import { signOut } from '../sign-out/actions';

type AccountLayoutProps = { children: ReactNode; modal: ReactNode };

/**
 * The account shell: brand and user menu on top, sections beside the page, and the `@modal`
 * slot where task routes open as dialogs. It reads the user for the menu; pages do their own
 * gating.
 */
export default async function AccountLayout({ children, modal }: AccountLayoutProps) {
  const [view, branding, t] = await Promise.all([loadAccount(), loadBranding(), getTranslations()]);
  // Before anything streams: an unreachable or rate-limited Logto gets its own status page.
  await redirectOnServiceProblem(view);
  const config = getConfig();
  const account = view.status === 'ok' ? view.account : undefined;
  const user = account
    ? {
        displayName: account.name || account.username || account.primaryEmail || account.id,
        email: account.primaryEmail ?? undefined,
        // A picture the CSP would block shows as the initial instead of a broken image.
        avatar: allowedAvatarUrl(account.avatar, config.avatarHosts),
      }
    : undefined;
  return (
    <>
      <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <BrandMark
            name={config.portalName}
            label={t('common.appName')}
            logoUrl={branding.logoUrl}
            darkLogoUrl={branding.darkLogoUrl}
            href={routes.account}
          />
          <UserMenu user={user} signOut={signOut} changeLocale={changeLocale} />
        </div>
      </header>
      <div className="mx-auto max-w-6xl px-4 sm:px-6 md:flex md:gap-10 md:py-10">
        <SectionNav
          label={t('nav.label')}
          items={[
            { href: routes.account, label: t('nav.profile'), icon: 'profile' },
            { href: routes.security, label: t('nav.security'), icon: 'security' },
            ...(view.status === 'ok' && view.modes.session !== 'Off'
              ? ([
                  {
                    href: sessionRoutes.sessions,
                    label: t('sessions.nav.sessions'),
                    icon: 'sessions',
                  },
                  { href: sessionRoutes.apps, label: t('sessions.nav.apps'), icon: 'apps' },
                ] as const)
              : []),
            { href: routes.privacy, label: t('privacy.nav'), icon: 'privacy' },
          ]}
        />
        <main id="main" className="max-w-3xl min-w-0 flex-1 py-6 md:py-0">
          {children}
        </main>
      </div>
      {modal}
    </>
  );
}
