import { useLocale, useTranslations } from 'next-intl';

import { locales } from '@/lib/i18n/locales';

/** A plain form, so switching language works without JavaScript too. */
export function LocaleSwitcher({ action }: { action: (formData: FormData) => Promise<void> }) {
  const t = useTranslations('locale');
  const current = useLocale();
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="locale-select" className="text-zinc-700 dark:text-zinc-300">
        {t('label')}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={current}
        className="rounded-md border border-zinc-400 bg-white px-2 py-1 focus-visible:outline-2 focus-visible:outline-indigo-700 dark:border-zinc-600 dark:bg-zinc-900 dark:focus-visible:outline-indigo-300"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(locale)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded-md border border-zinc-400 px-3 py-1 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:border-zinc-600 dark:hover:bg-zinc-800 dark:focus-visible:outline-indigo-300"
      >
        {t('submit')}
      </button>
    </form>
  );
}
