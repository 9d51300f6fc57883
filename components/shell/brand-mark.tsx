import { UserRound } from 'lucide-react';
import Link from 'next/link';

type BrandMarkProps = {
  /** The operator's product name, if set. */
  name?: string;
  /** What this site is: "Account". */
  label: string;
  logoUrl?: string;
  darkLogoUrl?: string;
  href: string;
};

/** The tenant's logo (its dark variant in dark mode) or, without one, a neutral wordmark. */
export function BrandMark({ name, label, logoUrl, darkLogoUrl, href }: BrandMarkProps) {
  return (
    <Link href={href} prefetch={false} className="flex min-w-0 items-center gap-2.5">
      {logoUrl ? (
        <picture className="shrink-0">
          {darkLogoUrl ? (
            <source srcSet={darkLogoUrl} media="(prefers-color-scheme: dark)" />
          ) : null}
          <img src={logoUrl} alt={name ?? ''} className="h-7 w-auto max-w-36 object-contain" />
        </picture>
      ) : (
        <span
          aria-hidden="true"
          className="flex size-7 shrink-0 items-center justify-center rounded-lg bg-accent text-sm font-semibold text-on-accent"
        >
          {name ? name.slice(0, 1).toUpperCase() : <UserRound className="size-4" />}
        </span>
      )}
      {name && !logoUrl ? (
        <span className="truncate text-sm font-semibold text-zinc-900 dark:text-zinc-50">
          {name}
        </span>
      ) : null}
      <span
        className={
          name || logoUrl
            ? 'border-s border-zinc-300 ps-2.5 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400'
            : 'text-sm font-semibold text-zinc-900 dark:text-zinc-50'
        }
      >
        {label}
      </span>
    </Link>
  );
}
