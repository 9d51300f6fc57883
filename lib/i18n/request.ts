import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { savedLocale } from '@/lib/auth/session';
import { defaultLocale, isLocale, localeCookie, type Locale } from '@/lib/i18n/locales';
import { acceptedLanguages, matchLocale } from '@/lib/i18n/negotiate';

/** One language's catalogs; only this language's files are read (each is its own chunk). */
async function loadMessages(locale: Locale) {
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
  return { locale, messages: await loadMessages(locale) };
});
