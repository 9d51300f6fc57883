import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { routes } from '@/lib/routes';

import { SubmitButton } from '@/components/forms/submit-button';
import { LinkButton } from '@/components/ui/link-button';

import { TaskAlert } from './task-alert';

type StartFormProps = {
  /** What the task is about, shown before the button. */
  children?: ReactNode;
  label: string;
  action: (formData: FormData) => Promise<void>;
  /** A catalog key: why the last attempt was refused. */
  error?: string;
  variant?: 'primary' | 'danger';
  /** Hidden values the action needs, such as the factor's id. */
  hidden?: Record<string, string>;
};

/** The first step of a task: a short explanation and one button (step-up comes after it). */
export function StartForm({ children, label, action, error, variant, hidden }: StartFormProps) {
  const t = useTranslations('mfa');
  return (
    <form action={action} className="space-y-4">
      <TaskAlert error={error} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant={variant}>{label}</SubmitButton>
        <LinkButton href={routes.security}>{t('cancel')}</LinkButton>
      </div>
    </form>
  );
}
