'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';

/**
 * "Saved" on the row that changed. It takes focus when it appears, so keyboard and screen
 * reader users land where the change happened after a dialog closes.
 */
export function RowConfirmation({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: false }), []);
  return (
    <p
      ref={ref}
      role="status"
      tabIndex={-1}
      className="mt-2 flex items-center gap-1.5 text-sm text-emerald-700 outline-none dark:text-emerald-300"
    >
      <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
      {message}
    </p>
  );
}
