'use client';

import { CircleCheck } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

/**
 * "Saved" on the row that changed. It takes focus when it appears, so keyboard and screen
 * reader users land where the change happened after a dialog closes, and it goes away as soon as
 * the user starts another task (the URL moves on), so it never sits beside a newer error.
 */
export function RowConfirmation({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const pathname = usePathname();
  const [shownAt] = useState(pathname);
  useEffect(() => ref.current?.focus(), []);
  if (pathname !== shownAt) return null;
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
