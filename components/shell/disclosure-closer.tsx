'use client';

import { useEffect } from 'react';

/**
 * Closes the `<details>` with this id on a click outside it or on Escape (focus goes back to its
 * summary). Renders nothing: without JavaScript the disclosure simply stays open until toggled.
 */
export function DisclosureCloser({ id }: { id: string }) {
  useEffect(() => {
    const details = document.getElementById(id);
    if (!(details instanceof HTMLDetailsElement)) return;
    const onClick = (event: MouseEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [id]);
  return null;
}
