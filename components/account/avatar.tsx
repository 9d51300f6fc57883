type AvatarProps = {
  /** Only a URL the CSP lets load (`allowedAvatarUrl` in lib/avatar-hosts.ts); else the initial shows. */
  src?: string | null;
  /** The person's display name; its first letter is the fallback. */
  name: string;
  alt: string;
  size?: 'sm' | 'lg';
};

/** A round profile picture, or the name's initial when there is none. */
export function Avatar({ src, name, alt, size = 'sm' }: AvatarProps) {
  const box = size === 'lg' ? 'h-16 w-16 text-2xl' : 'h-9 w-9 text-base';
  if (src) {
    // A plain <img>: next/image would fetch the picture through the portal's own optimizer.
    return (
      // eslint-disable-next-line @next/next/no-img-element -- see above: the browser loads it directly
      <img
        src={src}
        alt={alt}
        className={`${box} rounded-full object-cover`}
        referrerPolicy="no-referrer"
      />
    );
  }
  return (
    <span
      role={alt ? 'img' : undefined}
      aria-label={alt || undefined}
      aria-hidden={alt ? undefined : true}
      className={`${box} inline-flex items-center justify-center rounded-full bg-zinc-200 font-semibold text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100`}
    >
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
