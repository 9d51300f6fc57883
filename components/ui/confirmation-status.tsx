'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The live part of a row's "Saved": it takes focus when it appears, so keyboard and screen
 * reader users land where the change happened after a dialog closes, and it goes away as soon as
 * the user starts another task (the URL moves on), so it never sits beside a newer error.
 */
export function ConfirmationStatus({ children }: { children: ReactNode }) {
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
      {children}
    </p>
  );
}
