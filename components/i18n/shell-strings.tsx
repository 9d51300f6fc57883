'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * The few strings every page's client code may show — the busy state of a submit button and the
 * error boundaries — handed down translated, so that a page without forms needs no message
 * formatting library in the browser.
 */
export type ShellStrings = {
  saving: string;
  tryAgain: string;
  errorTitle: string;
  errorBody: string;
  errorTryAgain: string;
  errorBackToAccount: string;
  /** With `{digest}` in it. */
  errorReference: string;
};

const ShellStringsContext = createContext<ShellStrings | null>(null);

export function ShellStringsProvider({
  strings,
  children,
}: {
  strings: ShellStrings;
  children: ReactNode;
}) {
  return <ShellStringsContext value={strings}>{children}</ShellStringsContext>;
}

export function useShellStrings(): ShellStrings {
  const strings = useContext(ShellStringsContext);
  if (!strings)
    throw new Error('useShellStrings needs the ShellStringsProvider of the root layout');
  return strings;
}
