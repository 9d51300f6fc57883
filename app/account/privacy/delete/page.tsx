import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { hasManagementAccess } from '@/lib/management/client';
import { confirmationValues } from '@/lib/privacy/deletion';
import { currentStepUp, freshStepUpMs } from '@/lib/privacy/step-up';
import { routes } from '@/lib/routes';

import { ServiceProblemNotice } from '@/components/account/service-problem-notice';
import { ActionForm } from '@/components/forms/action-form';
import { ClientMessages, privacyMessages } from '@/components/i18n/client-messages';
import { SubmitButton } from '@/components/forms/submit-button';
import { TaskPage } from '@/components/ui/task-page';

import { confirmBeforeDeletion, deleteAccount } from '../actions';

export async function generateMetadata() {
  return { title: (await getTranslations('privacy.delete'))('title') };
}

/**
 * `/account/privacy/delete`: what deletion removes, a fresh step-up (at most 5 minutes old),
 * then the username or email typed to confirm.
 */
export default async function DeleteAccountPage() {
  if (!hasManagementAccess()) redirect(`${routes.privacy}#delete`);
  const [t, view, session] = await Promise.all([
    getTranslations('privacy.delete'),
    loadAccount(),
    requireSession(),
  ]);
  if (view.status === 'problem')
    return <ServiceProblemNotice {...view.problem} retryHref={routes.privacy} />;
  const fresh = await currentStepUp(session, freshStepUpMs);
  const [first, second] = confirmationValues(view.account);
  const label =
    first && second
      ? t('confirmationLabelEither', { username: first, email: second })
      : t('confirmationLabel', { value: first ?? view.account.id });
  return (
    <ClientMessages namespaces={privacyMessages}>
      <TaskPage title={t('title')} backHref={`${routes.privacy}#delete`} backLabel={t('back')}>
        <div className="space-y-4 text-sm">
          <p>{t('explainIntro')}</p>
          <ul className="list-disc space-y-1 ps-5">
            <li>{t('explainAccount')}</li>
            <li>{t('explainMethods')}</li>
            <li>{t('explainSocial')}</li>
            <li>{t('explainMfa')}</li>
            <li>{t('explainSessions')}</li>
          </ul>
          <p className="font-medium">{t('explainFinal')}</p>
          <p>
            <a href={`${routes.privacy}#download`} className="text-accent-text underline">
              {t('downloadFirst')}
            </a>
          </p>
          {fresh ? (
            <ActionForm
              action={deleteAccount}
              fields={[{ name: 'confirmation', label, autoComplete: 'off' }]}
              submitLabel={t('submit')}
            />
          ) : (
            <form action={confirmBeforeDeletion} className="space-y-3">
              <p>{t('stepUpIntro')}</p>
              <SubmitButton>{t('stepUp')}</SubmitButton>
            </form>
          )}
        </div>
      </TaskPage>
    </ClientMessages>
  );
}
