'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef } from 'react';

import { locales } from '@/lib/i18n/locales';

import { useHydrated } from '@/components/forms/use-hydrated';
import { buttonClass } from '@/components/ui/button';

/** The interface language: applies on change with JavaScript, with a button without it. */
export function LanguageForm({ action }: { action: (formData: FormData) => Promise<void> }) {
  const t = useTranslations('locale');
  const current = useLocale();
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form ref={formRef} action={action} className="flex items-center gap-2">
      <label htmlFor="locale-select" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('label')}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={current}
        onChange={() => formRef.current?.requestSubmit()}
        className="input h-8 flex-1 py-0"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(locale)}
          </option>
        ))}
      </select>
      {hydrated ? null : (
        <button type="submit" className={buttonClass('secondary')}>
          {t('submit')}
        </button>
      )}
    </form>
  );
}
