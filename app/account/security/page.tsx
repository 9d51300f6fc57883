import { getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { formatPhone } from '@/lib/phone';
import { returnToApp } from '@/lib/return-to-app';
import { routes } from '@/lib/routes';
import { loadMfaView, mfaSignInProblem } from '@/lib/security/mfa-view';
import { rowOfOutcome } from '@/lib/security/paths';
import { loadSecurityFlow, loadSocialConnectors } from '@/lib/security/view';
import type { Query } from '@/lib/query';

import { BackToApp } from '@/components/account/back-to-app';
import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { UnsavedInputNotice } from '@/components/account/unsaved-input-notice';
import { IdentifiersCard } from '@/components/account/security/identifiers-card';
import { MfaCard } from '@/components/account/security/mfa/mfa-card';
import { SocialCard } from '@/components/account/security/social-card';
import { PageHeader } from '@/components/ui/page-header';
import { RowConfirmation } from '@/components/ui/row-confirmation';

import { connectSocial } from './actions';
import { setMfaOnSignIn } from './mfa/actions';

type SecurityPageProps = { searchParams: Promise<Query> };

export async function generateMetadata() {
  return { title: (await getTranslations('security'))('title') };
}

/** `/account/security`: one row per sign-in method; each change opens its own task. */
export default async function SecurityPage({ searchParams }: SecurityPageProps) {
  const [t, view, session, query, mfa] = await Promise.all([
    getTranslations('security'),
    loadAccount(),
    requireSession(),
    searchParams,
    loadMfaView(),
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={routes.security} />;
  const { account, modes } = view;
  const [flow, connectors, app] = await Promise.all([
    loadSecurityFlow(session, query),
    loadSocialConnectors(modes.social),
    returnToApp(),
  ]);
  const row = flow.done && flow.done !== 'verified' ? rowOfOutcome(flow.done) : undefined;
  const doneKey = flow.done ? `done.${flow.done}` : undefined;
  const socialResume = ['connectSocial', 'bindSocial'].includes(flow.resume?.kind ?? '');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <UnsavedInputNotice query={query} />
      {flow.done && app ? <BackToApp {...app} /> : null}
      {flow.done === 'verified' ? <RowConfirmation message={t('done.verified')} /> : null}
      <div className="space-y-8">
        <IdentifiersCard
          modes={modes}
          values={{
            username: account.username ?? undefined,
            email: account.primaryEmail ?? undefined,
            phone: formatPhone(account.primaryPhone),
          }}
          canVerify={account.hasSecurityVerificationMethod !== false}
          hasPassword={account.hasPassword ?? false}
          done={row && doneKey ? { row, key: doneKey } : undefined}
        />
        {mfa ? (
          <MfaCard
            view={mfa}
            done={flow.done}
            signInProblem={mfaSignInProblem(flow, query)}
            setMfaOnSignIn={setMfaOnSignIn}
          />
        ) : null}
        <SocialCard
          mode={modes.social}
          connectors={connectors}
          identities={account.identities ?? {}}
          done={row === 'social' ? doneKey : undefined}
          problem={flow.socialProblem ?? (socialResume ? flow.resume?.errorKey : flow.error)}
          connect={connectSocial}
        />
      </div>
    </>
  );
}
