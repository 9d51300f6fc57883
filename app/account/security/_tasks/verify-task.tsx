import { getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { stepUpCodeCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { StepUpOptions, type StepUpMethod } from '@/components/account/security/step-up-options';

import * as actions from '../verify/actions';

import type { TaskView } from './task-context';

/** Confirm it's you: by password, or by a code to the current email or phone. */
export async function verifyTask(requested: string | undefined): Promise<TaskView> {
  const [t, view, session] = await Promise.all([
    getTranslations('stepUp'),
    loadAccount(),
    requireSession(),
  ]);
  if (view.status === 'problem') {
    return {
      title: t('title'),
      content: <ServiceProblemNotice {...view.problem} retryHref={routes.stepUp} />,
    };
  }
  const { account } = view;
  const available: StepUpMethod[] = [
    ...(account.hasPassword ? (['password'] as const) : []),
    ...(account.primaryEmail ? (['email'] as const) : []),
    ...(account.primaryPhone ? (['phone'] as const) : []),
  ];
  const method = available.find((candidate) => candidate === requested) ?? available[0];
  const sent = await stepUpCodeCookie.read(session);
  const destination =
    method === 'email' ? (account.primaryEmail ?? undefined) : formatPhone(account.primaryPhone);
  return {
    title: t('title'),
    content: (
      <div className="space-y-4">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
        {method ? (
          <StepUpOptions
            method={method}
            available={available}
            destination={destination}
            codeSent={sent?.type === method}
            actions={actions}
          />
        ) : (
          <p className="text-sm">{t('none')}</p>
        )}
      </div>
    ),
  };
}
