import { getLocale, getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { countryOf, countryOptions, formatPhone } from '@/lib/phone';
import { routes } from '@/lib/routes';
import { loadSecurityFlow, loadSocialConnectors } from '@/lib/security/view';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { Flash } from '@/components/account/security/flash';
import { IdentifierSection } from '@/components/account/security/identifier-section';
import { PasswordSection } from '@/components/account/security/password-section';
import { SocialSection } from '@/components/account/security/social-section';
import { UsernameSection } from '@/components/account/security/username-section';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';

import * as actions from './actions';

type SecurityPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations('security'))('title') };
}

/** `/account/security`: username, email, phone and password, each change behind step-up. */
export default async function SecurityPage({ searchParams }: SecurityPageProps) {
  const [t, view, session, query, locale] = await Promise.all([
    getTranslations('security'),
    loadAccount(),
    requireSession(),
    searchParams,
    getLocale(),
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={routes.security} />;
  const { account, modes } = view;
  const [flow, connectors] = await Promise.all([
    loadSecurityFlow(session, query),
    loadSocialConnectors(modes.social),
  ]);
  const canVerify = account.hasSecurityVerificationMethod !== false;
  const confirm = typeof query.confirm === 'string' ? query.confirm : undefined;
  const pendingOf = (type: 'email' | 'phone') =>
    flow.newIdentifier?.type === type
      ? {
          ...flow.newIdentifier,
          value:
            type === 'phone'
              ? (formatPhone(flow.newIdentifier.value) ?? '')
              : flow.newIdentifier.value,
        }
      : undefined;
  const resume = flow.resume;
  // Removals and social links have no form of their own: their failures show at the top.
  const formless = ['removeIdentifier', 'connectSocial', 'bindSocial', 'unlinkSocial'];
  const removalFailed =
    (resume && formless.includes(resume.kind)) ||
    (resume?.kind === 'username' && resume.username === null);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <UnsavedInputNotice query={query} />
      <Flash
        done={flow.done}
        error={removalFailed ? resume?.errorKey : (flow.socialProblem ?? flow.error)}
      />
      {modes.username !== 'Off' ? (
        <UsernameSection
          mode={modes.username}
          username={account.username}
          canVerify={canVerify}
          confirmingRemoval={confirm === 'username'}
          resume={
            resume?.kind === 'username' && resume.username
              ? { username: resume.username, errorKey: resume.errorKey }
              : undefined
          }
          actions={actions}
        />
      ) : null}
      {modes.email !== 'Off' ? (
        <IdentifierSection
          type="email"
          mode={modes.email}
          current={account.primaryEmail ?? undefined}
          canVerify={canVerify}
          confirmingRemoval={confirm === 'email'}
          pending={pendingOf('email')}
          resume={resume}
          actions={actions}
        />
      ) : null}
      {modes.phone !== 'Off' ? (
        <IdentifierSection
          type="phone"
          mode={modes.phone}
          current={formatPhone(account.primaryPhone)}
          canVerify={canVerify}
          confirmingRemoval={confirm === 'phone'}
          pending={pendingOf('phone')}
          countries={{
            options: countryOptions(locale),
            selected: countryOf(account.primaryPhone) ?? (locale === 'ja' ? 'JP' : 'US'),
          }}
          resume={resume}
          actions={actions}
        />
      ) : null}
      {modes.social !== 'Off' ? (
        <SocialSection
          mode={modes.social}
          connectors={connectors}
          identities={account.identities ?? {}}
          confirming={confirm?.startsWith('social:') ? confirm.slice(7) : undefined}
          connect={actions.connectSocial}
          disconnect={actions.removeIdentifier}
        />
      ) : null}
      {modes.password !== 'Off' ? (
        <PasswordSection
          mode={modes.password}
          hasPassword={account.hasPassword ?? false}
          accountName={account.username ?? account.primaryEmail ?? account.id}
          resume={resume?.kind === 'password' ? resume : undefined}
          actions={actions}
        />
      ) : null}
    </>
  );
}
