import { getLocale, getTranslations } from 'next-intl/server';

import { localeNames, locales } from '@/lib/i18n/locales';

import { AutoSubmitSelect } from '@/components/shell/auto-submit-select';
import { buttonClass } from '@/components/ui/button';

/** The interface language: applies on change with JavaScript, with a button without it. */
export async function LanguageForm({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [t, current] = await Promise.all([getTranslations('locale'), getLocale()]);
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="locale-select" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('label')}
      </label>
      <AutoSubmitSelect
        id="locale-select"
        name="locale"
        defaultValue={current}
        className="input h-8 flex-1 py-0"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </AutoSubmitSelect>
      <noscript>
        <button type="submit" className={buttonClass('secondary')}>
          {t('submit')}
        </button>
      </noscript>
    </form>
  );
}
