import type { ReactNode } from 'react';

type SectionProps = {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
};

/** A titled card for one group of settings. */
export function Section({ id, title, intro, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id={headingId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
