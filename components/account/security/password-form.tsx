'use client';

import { Check, Circle, Dot } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode } from 'react';

import type { FormState } from '@/lib/forms/form-state';
import { idleState } from '@/lib/forms/form-state';
import { meetsRule, type PasswordRule } from '@/lib/forms/password-rules';

import { ErrorSummary } from '@/components/forms/error-summary';
import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { useHydrated } from '@/components/forms/use-hydrated';
import { PasswordField } from '@/components/ui/password-field';

type PasswordFormProps = {
  action: (
    state: FormState<'password' | 'confirm'>,
    formData: FormData,
  ) => Promise<FormState<'password' | 'confirm'>>;
  rules: PasswordRule[];
  hasPassword: boolean;
  /** What password managers should file the password under. */
  accountName: string;
  initial?: FormState<'password' | 'confirm'>;
  cancel: ReactNode;
  /** "Also sign out of your other sessions" (checked by default), when the tenant allows it. */
  signOutOthers?: { label: string; hint: string };
};

/** A new password, typed twice, with the tenant's rules ticking as the user types. */
export function PasswordForm({
  action,
  rules,
  hasPassword,
  accountName,
  initial,
  cancel,
  signOutOthers,
}: PasswordFormProps) {
  const t = useTranslations('security.password');
  const tRoot = useTranslations();
  const [state, formAction] = useActionState<FormState<'password' | 'confirm'>, FormData>(
    action,
    initial ?? idleState,
  );
  const [typed, setTyped] = useState('');
  const hydrated = useHydrated();
  const formRef = useFocusFirstError(state);
  const errors = (field: 'password' | 'confirm') =>
    state.fieldErrors?.[field]?.map((key) => tRoot(key));
  const labels = { password: t('newLabel'), confirm: t('confirmLabel') };
  const summary = (['password', 'confirm'] as const).flatMap((field) => {
    const messages = errors(field) ?? [];
    return messages.length ? [{ id: `field-${field}`, label: labels[field], messages }] : [];
  });
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-4"
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === 'password') setTyped(target.value);
      }}
    >
      <ErrorSummary errors={summary} />
      {/* Lets password managers save the new password for the right account. */}
      <input
        type="text"
        name="account"
        autoComplete="username"
        value={accountName}
        readOnly
        hidden
      />
      <PasswordField
        name="password"
        label={labels.password}
        errors={errors('password')}
        autoComplete="new-password"
        describedBy="password-rules"
      />
      <div id="password-rules" className="rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-800/50">
        <p className="font-medium text-zinc-700 dark:text-zinc-300">{t('rulesIntro')}</p>
        <ul className="mt-1.5 space-y-1">
          {rules.map((rule) => {
            const met = hydrated && typed ? meetsRule(rule, typed) : undefined;
            const Icon = met === undefined ? (rule.check ? Circle : Dot) : met ? Check : Circle;
            return (
              <li
                key={rule.key}
                className={`flex items-center gap-2 ${met ? 'text-emerald-700 dark:text-emerald-300' : 'text-zinc-600 dark:text-zinc-400'}`}
              >
                <Icon aria-hidden="true" className="size-3.5 shrink-0" />
                {tRoot(`security.password.rules.${rule.key}`, rule.values)}
                {met ? <span className="sr-only">{t('ruleMet')}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      {state.issues?.length ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">{t('rulesTitle')}</p>
          <ul className="mt-1 list-disc ps-5">
            {state.issues.map((issue) => (
              <li key={issue.key}>{tRoot(issue.key, issue.values)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <PasswordField
        name="confirm"
        label={labels.confirm}
        errors={errors('confirm')}
        autoComplete="new-password"
      />
      {signOutOthers ? (
        <div className="flex gap-3">
          <input
            type="checkbox"
            id="sign-out-others"
            name="signOutOthers"
            defaultChecked
            aria-describedby="sign-out-others-hint"
            className="mt-0.5 size-4 accent-(--color-accent)"
          />
          <div>
            <label htmlFor="sign-out-others" className="text-sm font-medium">
              {signOutOthers.label}
            </label>
            <p id="sign-out-others-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
              {signOutOthers.hint}
            </p>
          </div>
        </div>
      ) : null}
      <FormStatus state={state} successMessage="" />
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <SubmitButton>{hasPassword ? t('change') : t('set')}</SubmitButton>
        {cancel}
      </div>
    </form>
  );
}
