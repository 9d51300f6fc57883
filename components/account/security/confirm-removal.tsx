import { useTranslations } from 'next-intl';

import { routes } from '@/lib/routes';

import { LinkButton, QuietButton } from '@/components/ui/link-button';

type ConfirmRemovalProps = {
  type: 'username' | 'email' | 'phone' | 'social';
  /** For social: the connector target (`github`) to disconnect. */
  target?: string;
  question: string;
  confirmLabel: string;
  action: (formData: FormData) => Promise<void>;
};

/** A page-level "are you sure?" step, so removing works without JavaScript too. */
export function ConfirmRemoval({
  type,
  target,
  question,
  confirmLabel,
  action,
}: ConfirmRemovalProps) {
  const t = useTranslations('security');
  return (
    <form
      action={action}
      className="space-y-3 rounded-md border border-red-300 p-4 dark:border-red-800"
    >
      <input type="hidden" name="type" value={type} />
      {target ? <input type="hidden" name="target" value={target} /> : null}
      <p>{question}</p>
      <div className="flex gap-3">
        <QuietButton danger>{confirmLabel}</QuietButton>
        <LinkButton href={routes.security}>{t('cancel')}</LinkButton>
      </div>
    </form>
  );
}
