import type { ReactNode } from 'react';

type CardProps = {
  id: string;
  title: string;
  description?: string;
  /** Actions aligned with the title, such as "Add". */
  actions?: ReactNode;
  children: ReactNode;
};

/** A titled group of settings: a heading outside, a bordered surface holding rows or a form. */
export function Card({ id, title, description, actions, children }: CardProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-20">
      <div className="mb-2 flex items-end justify-between gap-4">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
            {title}
          </h2>
          {description ? (
            <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
          ) : null}
        </div>
        {actions}
      </div>
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
        {children}
      </div>
    </section>
  );
}

/** The padded body of a card that holds a form rather than rows. */
export function CardBody({ children }: { children: ReactNode }) {
  return <div className="p-4 sm:p-5">{children}</div>;
}
