import { getTranslations } from 'next-intl/server';

import { loadBranding } from '@/lib/brand/branding';
import { getConfig } from '@/lib/config';
import { routes } from '@/lib/routes';

import { SubmitButton } from '@/components/forms/submit-button';
import { BrandMark } from '@/components/shell/brand-mark';

import { leaveGoodbye } from '../account/privacy/actions';

export async function generateMetadata() {
  return { title: (await getTranslations('privacy.goodbye'))('title') };
}

/** `/goodbye`: after the account was deleted and the session ended at Logto. */
export default async function GoodbyePage() {
  const [t, common, branding] = await Promise.all([
    getTranslations('privacy.goodbye'),
    getTranslations('common'),
    loadBranding(),
  ]);
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <main
        id="main"
        className="w-full max-w-md rounded-2xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <BrandMark
          name={getConfig().portalName}
          label={common('appName')}
          logoUrl={branding.logoUrl}
          darkLogoUrl={branding.darkLogoUrl}
          href={routes.home}
        />
        <h1 className="mt-8 text-2xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('body')}</p>
        <form action={leaveGoodbye} className="mt-8">
          <SubmitButton>{t('done')}</SubmitButton>
        </form>
      </main>
    </div>
  );
}
