'use client';

import { X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

type TaskDialogProps = {
  title: string;
  /** Where closing leads: the summary the task was opened from. */
  closeHref: string;
  closeLabel: string;
  /** Room for a form of several columns. */
  wide?: boolean;
  children: ReactNode;
};

/**
 * A task opened over its summary (an intercepted route, so only ever rendered with JavaScript).
 * The native modal dialog keeps focus inside and returns it to the opener on close; Escape, the
 * close button and a click on the backdrop all go back to the summary.
 */
export function TaskDialog({ title, closeHref, closeLabel, wide, children }: TaskDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const close = () => {
    ref.current?.close();
    router.push(closeHref, { scroll: false });
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby="task-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        if (event.target === ref.current) close();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? 'max-w-2xl' : 'max-w-lg'} rounded-2xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 backdrop:backdrop-blur-[2px] dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100`}
    >
      <div className="relative p-5 sm:p-6">
        <h2 id="task-title" className="pe-10 text-lg font-semibold tracking-tight">
          {title}
        </h2>
        <div className="mt-4">{children}</div>
        <button
          type="button"
          onClick={close}
          aria-label={closeLabel}
          className="absolute end-3 top-3 rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
        >
          <X aria-hidden="true" className="size-5" />
        </button>
      </div>
    </dialog>
  );
}
