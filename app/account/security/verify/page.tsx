import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

import { loadAccount } from '@/lib/account';
import { stepUpCodeCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { StepUpOptions, type StepUpMethod } from '@/components/account/security/step-up-options';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';

import * as actions from './actions';

type VerifyPageProps = { searchParams: Promise<{ method?: string; unsaved?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations('stepUp'))('title') };
}

/** `/account/security/verify`: confirm it's you (password, or a code to the current email or phone). */
export default async function VerifyPage({ searchParams }: VerifyPageProps) {
  const [t, view, session, query] = await Promise.all([
    getTranslations('stepUp'),
    loadAccount(),
    requireSession(),
    searchParams,
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={routes.stepUp} />;
  const { account } = view;
  const available: StepUpMethod[] = [
    ...(account.hasPassword ? (['password'] as const) : []),
    ...(account.primaryEmail ? (['email'] as const) : []),
    ...(account.primaryPhone ? (['phone'] as const) : []),
  ];
  const method = available.find((candidate) => candidate === query.method) ?? available[0];
  const sent = await stepUpCodeCookie.read(session);
  const destination =
    method === 'email' ? (account.primaryEmail ?? undefined) : formatPhone(account.primaryPhone);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <UnsavedInputNotice query={query} />
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        {method ? (
          <StepUpOptions
            method={method}
            available={available}
            destination={destination}
            codeSent={sent?.type === method}
            actions={actions}
          />
        ) : (
          <p>{t('none')}</p>
        )}
      </div>
      <Link
        href={routes.security}
        className="inline-block font-medium text-indigo-800 underline dark:text-indigo-200"
      >
        {t('back')}
      </Link>
    </>
  );
}
