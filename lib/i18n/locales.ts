/** The interface languages, tagged as Logto tags its own (so `ui_locales` matches Logto's pages). */
export const locales = [
  'en',
  'ar',
  'cs',
  'de',
  'es',
  'fa-IR',
  'fr',
  'it',
  'ja',
  'ko',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ru',
  'th',
  'tr-TR',
  'uk-UA',
  'zh-CN',
  'zh-HK',
  'zh-TW',
] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Each language in its own name, as the language menu lists them. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ar: 'العربية',
  cs: 'Čeština',
  de: 'Deutsch',
  es: 'Español',
  'fa-IR': 'فارسی',
  fr: 'Français',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  'pl-PL': 'Polski',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  ru: 'Русский',
  th: 'ไทย',
  'tr-TR': 'Türkçe',
  'uk-UA': 'Українська',
  'zh-CN': '简体中文',
  'zh-HK': '繁體中文（香港）',
  'zh-TW': '繁體中文（台灣）',
};

/** The cookie that remembers a language picked in the switcher. */
export const localeCookie = 'portal_locale';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** Languages written right to left. */
export const isRightToLeft = (locale: Locale) => locale === 'ar' || locale === 'fa-IR';
