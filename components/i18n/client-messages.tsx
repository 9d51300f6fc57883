import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** What a form's client components may translate: its summary and every message an action returns. */
const formMessages = ['forms', 'common', 'validation', 'problems', 'apiErrors', 'passwordRules'];

/** The profile's cards. */
export const profileMessages = [...formMessages, 'profile'];

/** The security tasks: identifiers, password, step-up. */
export const securityTaskMessages = [...formMessages, 'security', 'stepUp'];

/** The namespaces of the security task at these URL segments: two-step verification adds its own. */
export const securityTaskMessagesFor = (segments: string[]) =>
  segments[0] === 'mfa' ? [...securityTaskMessages, 'mfa'] : securityTaskMessages;

/** Deleting the account. */
export const privacyMessages = [...formMessages, 'privacy'];

type ClientMessagesProps = { namespaces: string[]; children: ReactNode };

/**
 * Hands the client components below it the catalog namespaces they translate, and no others:
 * whatever is passed here is serialised into the page. Only pages with forms have it, so a page
 * without them loads no message formatting in the browser (the shell's few strings come from
 * `ShellStringsProvider`).
 */
export async function ClientMessages({ namespaces, children }: ClientMessagesProps) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    namespaces
      .filter((namespace) => namespace in messages)
      .map((namespace) => [namespace, messages[namespace]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
