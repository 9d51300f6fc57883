import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** What client components translate on every page: buttons, form summaries and error pages. */
const everywhere = ['common', 'errorPage', 'forms'];

/** What a form's client components may translate: every message a form action can return. */
const formMessages = ['validation', 'problems', 'apiErrors', 'passwordRules'];

/** The profile's cards. */
export const profileMessages = [...formMessages, 'profile'];

/** The security tasks: identifiers, password, step-up, two-step verification. */
export const securityTaskMessages = [...formMessages, 'security', 'stepUp', 'mfa'];

type ClientMessagesProps = { namespaces?: string[]; children: ReactNode };

/**
 * Hands the client components below it the catalog namespaces they translate, and no others:
 * whatever is passed here is serialised into the page, so a page without forms ships only the
 * shell's few strings.
 */
export async function ClientMessages({ namespaces = [], children }: ClientMessagesProps) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    [...everywhere, ...namespaces]
      .filter((namespace) => namespace in messages)
      .map((namespace) => [namespace, messages[namespace]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
