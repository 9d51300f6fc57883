'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

const isCurrent = (pathname: string, href: string) =>
  pathname === href || (href !== '/account' && pathname.startsWith(`${href}/`));

/** One section of the account navigation, marked as current while the user is in it. */
export function SectionLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const ref = useRef<HTMLAnchorElement>(null);
  const current = isCurrent(pathname, href);
  // On phones the tabs scroll sideways: keep the current one in view.
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current, pathname]);
  return (
    <Link
      href={href}
      ref={ref}
      aria-current={current ? 'page' : undefined}
      className={`flex items-center gap-2.5 border-b-2 px-2 py-2.5 text-sm font-medium whitespace-nowrap md:rounded-md md:border-0 md:py-1.5 ${
        current
          ? 'border-accent text-zinc-900 md:bg-zinc-200/60 dark:text-zinc-50 md:dark:bg-zinc-800'
          : 'border-transparent text-zinc-600 hover:text-zinc-900 md:hover:bg-zinc-100 dark:text-zinc-400 dark:hover:text-zinc-100 md:dark:hover:bg-zinc-800/60'
      }`}
    >
      {children}
    </Link>
  );
}
