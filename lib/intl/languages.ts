import { byLabel, perLocale, withStoredValue, type PickerOption } from '@/lib/intl/options';

/** The languages of Logto's own sign-in and account screens. */
const logtoLanguages = [
  'ar',
  'cs',
  'de',
  'en',
  'es',
  'fr',
  'it',
  'ja',
  'ko',
  'nl',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ru',
  'th',
  'tr',
  'uk-UA',
  'zh-CN',
  'zh-HK',
  'zh-TW',
];

/** Other widely spoken languages and common regional variants. */
const worldLanguages = [
  'af',
  'am',
  'bg',
  'bn',
  'ca',
  'da',
  'el',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-IN',
  'en-US',
  'es-419',
  'es-MX',
  'et',
  'fa',
  'fi',
  'fil',
  'fr-CA',
  'gu',
  'ha',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'jv',
  'kn',
  'lt',
  'lv',
  'ml',
  'mr',
  'ms',
  'my',
  'nb',
  'ne',
  'pa',
  'ro',
  'sk',
  'sl',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'ur',
  'uz',
  'vi',
  'yo',
  'zu',
];

/** The BCP 47 tags the language picker offers. */
export const languageTags: readonly string[] = [...logtoLanguages, ...worldLanguages];

/** Whether `value` is a well-formed BCP 47 language tag. */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function describeLanguage(tag: string, names: Intl.DisplayNames): PickerOption {
  const label = names.of(tag) ?? tag;
  const native = new Intl.DisplayNames(tag, { type: 'language' }).of(tag);
  return { value: tag, label, ...(native && native !== label ? { description: native } : {}) };
}

/**
 * The language picker's options: each tag named in the interface language, with its own name
 * beside it ("Japanese", 日本語), sorted by name. A stored tag outside the list is kept.
 */
export function languageOptions(locale: string, stored?: string): PickerOption[] {
  return withStoredValue(namedLanguages(locale), stored, (value) =>
    isLanguageTag(value)
      ? describeLanguage(value, new Intl.DisplayNames(locale, { type: 'language' }))
      : { value, label: value },
  );
}

const namedLanguages = perLocale((locale) => {
  const names = new Intl.DisplayNames(locale, { type: 'language' });
  return languageTags.map((tag) => describeLanguage(tag, names)).sort(byLabel(locale));
});
