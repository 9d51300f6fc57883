import { getLocale, getTranslations } from 'next-intl/server';

import { getSignInExperience } from '@/lib/account-api/my-account';
import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { passwordRules } from '@/lib/forms/password-rules';
import { resumedState } from '@/lib/forms/resumed-state';
import { countryOf, countryOptions, defaultCountry, formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';
import { loadSecurityFlow } from '@/lib/security/view';
import type { Query } from '@/lib/query';

import { IdentifierTask } from '@/components/account/security/identifier-task';
import { PasswordForm } from '@/components/account/security/password-form';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { LinkButton } from '@/components/ui/link-button';

import * as actions from '../actions';

import { mfaTask } from './mfa-tasks';
import { removalTask } from './removal-task';
import type { TaskView } from './task-context';
import { usernameTask } from './username-task';

/** The passwords the tenant's policy accepts; a failed read still lets the user try. */
async function loadPasswordRules() {
  try {
    return passwordRules((await getSignInExperience()).passwordPolicy);
  } catch {
    return passwordRules({});
  }
}

/**
 * The security task at `/account/security/<segments>`, or undefined for a URL that is no task
 * (or a field the tenant doesn't let this user change).
 */
export async function renderSecurityTask(
  segments: string[],
  query: Query,
): Promise<TaskView | undefined> {
  const [view, session, t, locale] = await Promise.all([
    loadAccount(),
    requireSession(),
    getTranslations('security'),
    getLocale(),
  ]);
  if (view.status === 'problem') {
    return {
      title: t('title'),
      content: <ServiceProblemNotice {...view.problem} retryHref={routes.security} />,
    };
  }
  const { account, modes } = view;
  const flow = await loadSecurityFlow(session, query);
  const context = { account, modes, flow, t, locale };
  const [first, second] = segments;
  if (first === 'mfa') return mfaTask(context, segments.slice(1), query);
  if (first === 'username' || second === 'remove' || first === 'social') {
    return first === 'username' && !second
      ? usernameTask(context)
      : removalTask(context, segments, {
          error: typeof query.error === 'string' ? query.error : undefined,
        });
  }
  if ((first === 'email' || first === 'phone') && !second && modes[first] === 'Edit') {
    const pending = flow.newIdentifier?.type === first ? flow.newIdentifier : undefined;
    const current =
      first === 'email' ? (account.primaryEmail ?? undefined) : formatPhone(account.primaryPhone);
    return {
      title: t(current ? `${first}.changeTitle` : `${first}.addTitle`),
      content: (
        <IdentifierTask
          type={first}
          current={current}
          pending={
            pending
              ? {
                  ...pending,
                  value: first === 'phone' ? (formatPhone(pending.value) ?? '') : pending.value,
                }
              : undefined
          }
          countries={
            first === 'phone'
              ? {
                  options: countryOptions(locale),
                  selected: countryOf(account.primaryPhone) ?? defaultCountry(locale),
                }
              : undefined
          }
          resume={flow.resume}
          actions={actions}
        />
      ),
    };
  }
  if (first === 'password' && !second && modes.password === 'Edit') {
    const hasPassword = account.hasPassword ?? false;
    const st = await getTranslations('sessions.password');
    return {
      title: hasPassword ? t('password.change') : t('password.set'),
      content: (
        <PasswordForm
          action={actions.changePassword}
          rules={await loadPasswordRules()}
          hasPassword={hasPassword}
          accountName={account.username ?? account.primaryEmail ?? account.id}
          initial={resumedState(
            'password',
            flow.resume?.kind === 'password' ? flow.resume : undefined,
          )}
          cancel={<LinkButton href={routes.security}>{t('cancel')}</LinkButton>}
          signOutOthers={
            modes.session === 'Edit'
              ? { label: st('signOutOthers'), hint: st('signOutOthersHint') }
              : undefined
          }
        />
      ),
    };
  }
  return undefined;
}
