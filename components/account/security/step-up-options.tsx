import { useTranslations } from 'next-intl';

import type { FormState } from '@/lib/forms/form-state';
import { routes } from '@/lib/routes';

import { ActionForm } from '@/components/forms/action-form';
import { LinkButton } from '@/components/ui/link-button';

type FormAction<F extends string> = (
  state: FormState<F>,
  formData: FormData,
) => Promise<FormState<F>>;

export type StepUpMethod = 'password' | 'email' | 'phone';

type StepUpOptionsProps = {
  method: StepUpMethod;
  available: StepUpMethod[];
  /** The address a code goes to, formatted for reading. */
  destination?: string;
  /** Whether a code was already sent for the chosen method. */
  codeSent: boolean;
  actions: {
    confirmWithPassword: FormAction<'password'>;
    sendStepUpCode: FormAction<'code'>;
    confirmWithCode: FormAction<'code'>;
  };
};

/** The chosen way to confirm it's the user, and links to the other ways the account has. */
export function StepUpOptions({
  method,
  available,
  destination,
  codeSent,
  actions,
}: StepUpOptionsProps) {
  const t = useTranslations('stepUp');
  const methodLabel = {
    password: t('methodPassword'),
    email: t('methodEmail'),
    phone: t('methodPhone'),
  };
  const others = available.filter((other) => other !== method);
  return (
    <div className="space-y-5">
      {method === 'password' ? (
        <ActionForm
          action={actions.confirmWithPassword}
          submitLabel={t('confirm')}
          fields={[{ name: 'password', label: t('passwordLabel'), type: 'password' }]}
        />
      ) : codeSent ? (
        <div className="space-y-2">
          <p>{t('codeSentTo', { value: destination ?? '' })}</p>
          <ActionForm
            action={actions.confirmWithCode}
            submitLabel={t('confirm')}
            fields={[
              {
                name: 'code',
                label: t('codeLabel'),
                autoComplete: 'one-time-code',
                inputMode: 'numeric',
              },
            ]}
          />
        </div>
      ) : (
        <ActionForm
          action={actions.sendStepUpCode}
          hidden={{ type: method }}
          fields={[]}
          submitLabel={
            method === 'email'
              ? t('sendEmail', { value: destination ?? '' })
              : t('sendPhone', { value: destination ?? '' })
          }
        />
      )}
      {others.length ? (
        <nav
          aria-label={t('otherMethods')}
          className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800"
        >
          <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">
            {t('otherMethods')}
          </p>
          <ul className="flex flex-wrap gap-2">
            {others.map((other) => (
              <li key={other}>
                <LinkButton href={`${routes.stepUp}?method=${other}`}>
                  {methodLabel[other]}
                </LinkButton>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
