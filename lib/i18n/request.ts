import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { savedLocale } from '@/lib/auth/session';
import { defaultLocale, isLocale, localeCookie, type Locale } from '@/lib/i18n/locales';
import { acceptedLanguages, matchLocale } from '@/lib/i18n/negotiate';
import { perLocale } from '@/lib/intl/options';

/** One language's catalogs; only this language's files are read (each is its own chunk). */
async function readMessages(locale: string) {
  const [app, apiErrors, errorPage, mfa, sessions, privacy] = await Promise.all([
    import(`./messages/${locale}/app.json`),
    import(`./messages/${locale}/api-errors.json`),
    import(`./messages/${locale}/error-page.json`),
    import(`./messages/${locale}/mfa.json`),
    import(`./messages/${locale}/sessions.json`),
    import(`./messages/${locale}/privacy.json`),
  ]);
  return {
    ...app.default,
    apiErrors: apiErrors.default,
    errorPage: errorPage.default,
    mfa: mfa.default,
    sessions: sessions.default,
    privacy: privacy.default,
  };
}

/** A language's catalogs, assembled once per instance. */
const loadMessages = perLocale(readMessages);

/** Dates show in the server's time zone; it is looked up once, not for every request. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The language, strongest first: the one picked in the language menu (remembered in a cookie),
 * the one saved in the user's profile (`locale` claim), the browser's `Accept-Language`, English.
 */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  const saved = await savedLocale();
  const fromProfile = saved ? matchLocale([saved]) : undefined;
  if (fromProfile) return fromProfile;
  return matchLocale(acceptedLanguages((await headers()).get('accept-language'))) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, timeZone, messages: await loadMessages(locale) };
});
