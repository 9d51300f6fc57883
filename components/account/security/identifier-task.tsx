import { useTranslations } from 'next-intl';

import { resumedState, type Resume } from '@/lib/forms/resumed-state';
import type { CountryOption } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { ResendCode } from '@/components/account/security/resend-code';
import type { SecurityActions } from '@/components/account/security/security-actions';
import { ActionForm, type FieldSpec } from '@/components/forms/action-form';
import { LinkButton, QuietButton } from '@/components/ui/link-button';

type IdentifierTaskProps = {
  type: 'email' | 'phone';
  /** The current address, formatted for reading. */
  current: string | undefined;
  /** The new address waiting for its code, formatted for reading. */
  pending?: { value: string; resendAt: number; resendWait: number };
  /** For phones: the country chooser and its preselection. */
  countries?: { options: CountryOption[]; selected: string };
  /** A change of this address that failed right after step-up. */
  resume?: Resume;
  actions: SecurityActions;
};

/** Add or change the primary email or phone: new address → code → saved. */
export function IdentifierTask(props: IdentifierTaskProps) {
  const { type, current, pending, countries, resume, actions } = props;
  const t = useTranslations(`security.${type}`);
  const cancel = <LinkButton href={routes.security}>{t('cancelTask')}</LinkButton>;
  if (pending) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {t.rich('codeSentTo', { value: pending.value, bdi: (chunk) => <bdi>{chunk}</bdi> })}
        </p>
        <ActionForm
          action={actions.confirmNewIdentifier}
          submitLabel={t('verify')}
          initial={resumedState('code', resume?.kind === 'bindIdentifier' ? resume : undefined)}
          fields={[
            {
              name: 'code',
              label: t('codeLabel'),
              autoComplete: 'one-time-code',
              inputMode: 'numeric',
            },
          ]}
        />
        <div className="flex flex-wrap items-start gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <ResendCode
            action={actions.resendNewIdentifierCode}
            resendAt={pending.resendAt}
            initialWait={pending.resendWait}
            label={t('resend')}
            waitKey={`security.${type}.resendIn`}
          />
          <form action={actions.cancelNewIdentifier}>
            <input type="hidden" name="type" value={type} />
            <QuietButton>{t('changeAddress')}</QuietButton>
          </form>
        </div>
      </div>
    );
  }
  const fields: FieldSpec<'email' | 'phone' | 'country'>[] =
    type === 'email'
      ? [
          {
            name: 'email',
            label: t('newLabel'),
            type: 'email',
            autoComplete: 'email',
            inputMode: 'email',
          },
        ]
      : [
          {
            name: 'country',
            label: t('countryLabel'),
            defaultValue: countries?.selected,
            options: (countries?.options ?? []).map((option) => ({
              value: option.code,
              label: `${option.name} (+${option.callingCode})`,
            })),
          },
          {
            name: 'phone',
            label: t('newLabel'),
            hint: t('numberHint'),
            type: 'tel',
            autoComplete: 'tel-national',
            inputMode: 'tel',
          },
        ];
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {current
          ? t.rich('currentIs', { value: current, bdi: (chunk) => <bdi>{chunk}</bdi> })
          : t('addIntro')}
      </p>
      <ActionForm
        action={actions.sendNewIdentifierCode}
        submitLabel={t('send')}
        hidden={{ type }}
        fields={fields}
        secondary={cancel}
        initial={resumedState(type, resume?.identifier?.type === type ? resume : undefined, {
          [type]: resume?.identifier?.value,
        })}
      />
    </div>
  );
}
