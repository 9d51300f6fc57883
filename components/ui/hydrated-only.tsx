'use client';

import type { ReactNode } from 'react';

import { useHydrated } from '@/components/forms/use-hydrated';

/**
 * Shows its children only once JavaScript runs: for controls that can do nothing without it
 * (copy, print, a passkey ceremony). Pair it with a `<noscript>` note where the user needs one.
 */
export function HydratedOnly({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}
