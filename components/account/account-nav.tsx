'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

type AccountNavProps = { label: string; items: { href: string; label: string }[] };

/** The account areas; the current one is marked for screen readers and sighted users alike. */
export function AccountNav({ label, items }: AccountNavProps) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    pathname === href || (href !== '/account' && pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="mx-auto max-w-4xl px-4">
      <ul className="flex gap-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? 'page' : undefined}
              className={`inline-block border-b-2 px-1 pb-2 text-sm font-medium ${
                isCurrent(item.href)
                  ? 'border-indigo-700 text-indigo-800 dark:border-indigo-300 dark:text-indigo-200'
                  : 'border-transparent text-zinc-700 hover:border-zinc-400 dark:text-zinc-300'
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
