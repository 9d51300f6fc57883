import { match } from '@formatjs/intl-localematcher';

import { defaultLocale, isLocale, locales, type Locale } from '@/lib/i18n/locales';

/** Well-formed language tags only: a malformed one would make the matcher throw. */
function wellFormed(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The best supported language for the tags someone prefers, most preferred first, or undefined
 * when none is close: `pt` finds pt-BR, `pt-AO` pt-PT, `zh-Hant-TW` zh-TW, `fa` fa-IR.
 */
export function matchLocale(preferred: readonly string[]): Locale | undefined {
  const tags = preferred.flatMap((tag) => wellFormed(tag) ?? []);
  if (tags.length === 0) return undefined;
  const found = match(tags, locales, 'und', { algorithm: 'best fit' });
  return isLocale(found) ? found : undefined;
}

/** The tags of an `Accept-Language` header, most preferred first (q-values, then order). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      const quality = q ? Number(q.trim().slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => tag && tag !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/** Picks the best supported language from an `Accept-Language` header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return matchLocale(acceptedLanguages(acceptLanguage)) ?? defaultLocale;
}
