import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { isLocale, localeCookie, negotiateLocale, type Locale } from '@/lib/i18n/locales';

async function loadMessages(locale: Locale) {
  const [ui, apiErrors, errorPage, mfa, privacy] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/api-errors.${locale}.json`),
    // Its own file: app/global-error.tsx imports it without next-intl, on every page.
    import(`./messages/error-page.${locale}.json`),
    import(`./messages/mfa.${locale}.json`),
    import(`./messages/privacy.${locale}.json`),
  ]);
  return {
    ...ui.default,
    apiErrors: apiErrors.default,
    errorPage: errorPage.default,
    mfa: mfa.default,
    privacy: privacy.default,
  };
}

/** The language follows the switcher's cookie, then the browser's `Accept-Language`. */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale((await headers()).get('accept-language'));
  return { locale, messages: await loadMessages(locale) };
});
