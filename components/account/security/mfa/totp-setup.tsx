import { useTranslations } from 'next-intl';

import type { FormState } from '@/lib/forms/form-state';
import { groupSecret } from '@/lib/mfa/otpauth';
import { routes } from '@/lib/routes';

import { ActionForm } from '@/components/forms/action-form';
import { LinkButton } from '@/components/ui/link-button';

import { CopyButton } from './copy-button';

type TotpSetupProps = {
  /** The `otpauth://` URI as an SVG QR code, drawn on the server. */
  qrSvg: string;
  secret: string;
  replace: boolean;
  action: (state: FormState<'code'>, formData: FormData) => Promise<FormState<'code'>>;
  initial?: FormState<'code'>;
};

/** Scan (or type the key), then enter the first code. The secret itself is never in the form. */
export function TotpSetup({ qrSvg, secret, replace, action, initial }: TotpSetupProps) {
  const t = useTranslations('mfa.totp');
  const common = useTranslations('mfa');
  return (
    <div className="space-y-4 text-sm text-zinc-700 dark:text-zinc-300">
      <p>{t('scan')}</p>
      <div
        role="img"
        aria-label={t('qrLabel')}
        className="size-44 rounded-lg border border-zinc-200 bg-white p-1 dark:border-zinc-700 [&>svg]:size-full"
        // The markup is the qrcode library's own SVG for a URI the server built: no user input.
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>{t('manual')}</p>
      <dl className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <dt className="font-medium text-zinc-900 dark:text-zinc-100">{t('keyLabel')}</dt>
        <dd className="rounded-md bg-zinc-100 px-2 py-1 font-mono tracking-wide text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">
          {groupSecret(secret)}
        </dd>
        <dd>
          <CopyButton
            value={secret}
            label={t('copyKey')}
            copiedLabel={common('backupCodes.copied')}
          />
        </dd>
      </dl>
      <ActionForm
        action={action}
        initial={initial}
        submitLabel={replace ? t('confirmReplace') : t('confirm')}
        secondary={<LinkButton href={routes.security}>{common('cancel')}</LinkButton>}
        fields={[
          {
            name: 'code',
            label: t('codeLabel'),
            hint: t('codeHint'),
            inputMode: 'numeric',
            autoComplete: 'one-time-code',
          },
        ]}
      />
    </div>
  );
}
