'use client';

import { useState } from 'react';

type AvatarPreviewProps = {
  /** A URL the CSP lets load, or null for the initial. */
  src: string | null;
  name: string;
  alt: string;
};

/** The picture as it will show, or the name's initial when there is none or it fails to load. */
export function AvatarPreview({ src, name, alt }: AvatarPreviewProps) {
  const [failed, setFailed] = useState<string | null>(null);
  if (src && failed !== src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- the browser loads it directly, as in the header
      <img
        src={src}
        alt={alt}
        onError={() => setFailed(src)}
        referrerPolicy="no-referrer"
        className="size-20 shrink-0 rounded-full object-cover ring-1 ring-zinc-200 dark:ring-zinc-700"
      />
    );
  }
  return (
    <span
      role="img"
      aria-label={alt}
      className="inline-flex size-20 shrink-0 items-center justify-center rounded-full bg-accent-soft text-3xl font-semibold text-accent-text"
    >
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
