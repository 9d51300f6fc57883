import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

type TaskPageProps = {
  title: string;
  backHref: string;
  backLabel: string;
  /** Room for a form of several columns. */
  wide?: boolean;
  children: ReactNode;
};

/** A task on its own page: reached by URL, a refresh, or without JavaScript. */
export function TaskPage({ title, backHref, backLabel, wide, children }: TaskPageProps) {
  return (
    <div className={wide ? 'max-w-2xl' : 'max-w-lg'}>
      <Link
        href={backHref}
        prefetch={false}
        className="inline-flex items-center gap-1.5 text-sm text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
      >
        <ArrowLeft aria-hidden="true" className="size-4 rtl:rotate-180" />
        {backLabel}
      </Link>
      <section
        aria-labelledby="task-title"
        className="mt-4 rounded-2xl border border-zinc-200 bg-white p-5 shadow-xs sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h1 id="task-title" className="text-lg font-semibold tracking-tight">
          {title}
        </h1>
        <div className="mt-4">{children}</div>
      </section>
    </div>
  );
}
