import Link from 'next/link';

import { buttonClass, type ButtonVariant } from '@/components/ui/button';

type ActionLinkProps = {
  href: string;
  /** The visible word ("Change"). */
  label: string;
  /** The full name for screen readers, containing the visible word ("Change email address"). */
  name: string;
  variant?: ButtonVariant;
};

/** A row's action: opens its task (as a dialog with JavaScript, as a page without). */
export function ActionLink({ href, label, name, variant = 'secondary' }: ActionLinkProps) {
  return (
    <Link
      href={href}
      scroll={false}
      prefetch={false}
      aria-label={name}
      className={buttonClass(variant)}
    >
      {label}
    </Link>
  );
}
