'use client';

import { AppWindow, FileLock2, MonitorSmartphone, ShieldCheck, UserRound } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

const icons = {
  profile: UserRound,
  security: ShieldCheck,
  sessions: MonitorSmartphone,
  apps: AppWindow,
  privacy: FileLock2,
};

export type SectionNavItem = { href: string; label: string; icon: keyof typeof icons };

type SectionNavProps = { label: string; items: SectionNavItem[] };

const isCurrent = (pathname: string, href: string) =>
  pathname === href || (href !== '/account' && pathname.startsWith(`${href}/`));

/**
 * The account's sections: a sidebar on wide screens, a row of tabs under the top bar on
 * phones. The current one is marked for screen readers and sighted users alike.
 */
export function SectionNav({ label, items }: SectionNavProps) {
  const pathname = usePathname();
  const currentRef = useRef<HTMLAnchorElement>(null);
  // On phones the tabs scroll sideways: keep the current one in view.
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav aria-label={label} className="md:w-52 md:shrink-0">
      <ul className="-mx-4 flex gap-1 overflow-x-auto border-b border-zinc-200 px-4 md:sticky md:top-20 md:mx-0 md:flex-col md:gap-0.5 md:border-0 md:px-0 dark:border-zinc-800">
        {items.map((item) => {
          const Icon = icons[item.icon];
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                ref={current ? currentRef : undefined}
                aria-current={current ? 'page' : undefined}
                className={`flex items-center gap-2.5 border-b-2 px-2 py-2.5 text-sm font-medium whitespace-nowrap md:rounded-md md:border-0 md:py-1.5 ${
                  current
                    ? 'border-accent text-zinc-900 md:bg-zinc-200/60 dark:text-zinc-50 md:dark:bg-zinc-800'
                    : 'border-transparent text-zinc-600 hover:text-zinc-900 md:hover:bg-zinc-100 dark:text-zinc-400 dark:hover:text-zinc-100 md:dark:hover:bg-zinc-800/60'
                }`}
              >
                <Icon aria-hidden="true" className="size-4 shrink-0" />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
