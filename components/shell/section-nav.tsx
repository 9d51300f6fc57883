import { AppWindow, FileLock2, MonitorSmartphone, ShieldCheck, UserRound } from 'lucide-react';

import { SectionLink } from '@/components/shell/section-link';

const icons = {
  profile: UserRound,
  security: ShieldCheck,
  sessions: MonitorSmartphone,
  apps: AppWindow,
  privacy: FileLock2,
};

export type SectionNavItem = { href: string; label: string; icon: keyof typeof icons };

type SectionNavProps = { label: string; items: SectionNavItem[] };

/**
 * The account's sections: a sidebar on wide screens, a row of tabs under the top bar on
 * phones. The current one is marked for screen readers and sighted users alike. The icons are
 * drawn here, on the server; only the links that follow the URL run in the browser.
 */
export function SectionNav({ label, items }: SectionNavProps) {
  return (
    <nav aria-label={label} className="md:w-52 md:shrink-0">
      <ul className="-mx-4 flex gap-1 overflow-x-auto border-b border-zinc-200 px-4 md:sticky md:top-20 md:mx-0 md:flex-col md:gap-0.5 md:border-0 md:px-0 dark:border-zinc-800">
        {items.map((item) => {
          const Icon = icons[item.icon];
          return (
            <li key={item.href}>
              <SectionLink href={item.href}>
                <Icon aria-hidden="true" className="size-4 shrink-0" />
                {item.label}
              </SectionLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
