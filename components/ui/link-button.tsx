import Link from 'next/link';
import type { ReactNode } from 'react';

/** Secondary actions: a link that looks like a quiet button. */
export function LinkButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      prefetch={false}
      className="inline-block rounded-md border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800"
    >
      {children}
    </Link>
  );
}

/** A secondary submit button for small forms (cancel, resend, remove). */
export function QuietButton({ children, danger }: { children: ReactNode; danger?: boolean }) {
  return (
    <button
      type="submit"
      className={`rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:focus-visible:outline-indigo-300 ${
        danger
          ? 'border-red-700 text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950'
          : 'border-zinc-400 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800'
      }`}
    >
      {children}
    </button>
  );
}
