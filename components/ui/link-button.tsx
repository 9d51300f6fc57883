import Link from 'next/link';
import type { ReactNode } from 'react';

import { buttonClass } from '@/components/ui/button';

/** Secondary actions: a link that looks like a quiet button. */
export function LinkButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} scroll={false} className={buttonClass('secondary')}>
      {children}
    </Link>
  );
}

/** A secondary submit button for small forms (cancel, resend, remove). */
export function QuietButton({ children, danger }: { children: ReactNode; danger?: boolean }) {
  return (
    <button type="submit" className={buttonClass(danger ? 'danger' : 'secondary')}>
      {children}
    </button>
  );
}
