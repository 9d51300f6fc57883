import { useTranslations } from 'next-intl';

import { routes } from '@/lib/routes';

import { SubmitButton } from '@/components/forms/submit-button';
import { LinkButton } from '@/components/ui/link-button';

type ConfirmRemovalProps = {
  type: 'username' | 'email' | 'phone' | 'social';
  /** For social: the connector target (`github`) to disconnect. */
  target?: string;
  question: string;
  confirmLabel: string;
  /** A catalog key: why the last attempt was refused. */
  error?: string;
  action: (formData: FormData) => Promise<void>;
};

/** "Are you sure?" as its own task, so removing works without JavaScript too. */
export function ConfirmRemoval(props: ConfirmRemovalProps) {
  const { type, target, question, confirmLabel, error, action } = props;
  const t = useTranslations();
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="type" value={type} />
      {target ? <input type="hidden" name="target" value={target} /> : null}
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {t(error)}
        </p>
      ) : null}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{question}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger">{confirmLabel}</SubmitButton>
        <LinkButton href={routes.security}>{t('security.cancel')}</LinkButton>
      </div>
    </form>
  );
}
