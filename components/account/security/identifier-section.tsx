import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { resumedState, type Resume } from '@/lib/forms/resumed-state';
import type { CountryOption } from '@/lib/phone';
import { routes } from '@/lib/routes';

import { ConfirmRemoval } from '@/components/account/security/confirm-removal';
import { ResendCode } from '@/components/account/security/resend-code';
import type { SecurityActions } from '@/components/account/security/security-actions';
import { ActionForm, type FieldSpec } from '@/components/forms/action-form';
import { LinkButton, QuietButton } from '@/components/ui/link-button';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
import { Section } from '@/components/ui/section';

type IdentifierSectionProps = {
  type: 'email' | 'phone';
  mode: FieldMode;
  /** The current address, formatted for reading. */
  current: string | undefined;
  canVerify: boolean;
  confirmingRemoval: boolean;
  /** The new address waiting for its code, formatted for reading. */
  pending?: { value: string; resendAt: number; resendWait: number };
  /** For phones: the country chooser and its preselection. */
  countries?: { options: CountryOption[]; selected: string };
  /** A change of this section that failed right after step-up. */
  resume?: Resume;
  actions: SecurityActions;
};

/** Add, change or remove the primary email or phone: new address → code → bound. */
export function IdentifierSection(props: IdentifierSectionProps) {
  const { type, mode, current, canVerify, confirmingRemoval, pending, countries, resume, actions } =
    props;
  const t = useTranslations(`security.${type}`);
  const tSecurity = useTranslations('security');
  const editable = mode === 'Edit' && canVerify;
  const newAddressFields: FieldSpec<'email' | 'phone' | 'country'>[] =
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
    <Section id={type} title={t('title')}>
      <dl className="mb-4">
        <ReadOnlyValue label={t('current')} value={current} managed={mode === 'ReadOnly'} />
      </dl>
      {mode === 'Edit' && !canVerify ? <p>{tSecurity('needsMethod')}</p> : null}
      {editable && confirmingRemoval && current ? (
        <ConfirmRemoval
          type={type}
          question={t('confirmRemove', { value: current })}
          confirmLabel={t('confirmButton')}
          action={actions.removeIdentifier}
        />
      ) : null}
      {editable && !confirmingRemoval && pending ? (
        <div className="space-y-4">
          <p>{t('codeSentTo', { value: pending.value })}</p>
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
          <div className="flex flex-wrap items-start gap-3">
            <ResendCode
              action={actions.resendNewIdentifierCode}
              resendAt={pending.resendAt}
              initialWait={pending.resendWait}
              label={t('resend')}
              waitKey={`security.${type}.resendIn`}
            />
            <form action={actions.cancelNewIdentifier}>
              <QuietButton>{t('changeAddress')}</QuietButton>
            </form>
          </div>
        </div>
      ) : null}
      {editable && !confirmingRemoval && !pending ? (
        <div className="space-y-4">
          <ActionForm
            action={actions.sendNewIdentifierCode}
            submitLabel={t('send')}
            hidden={{ type }}
            fields={newAddressFields}
            initial={resumedState(type, resume?.identifier?.type === type ? resume : undefined, {
              [type]: resume?.identifier?.value,
            })}
          />
          {current ? (
            <LinkButton href={`${routes.security}?confirm=${type}#${type}`}>
              {t('remove')}
            </LinkButton>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
