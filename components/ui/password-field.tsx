'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';

import { TextField } from '@/components/ui/text-field';

type PasswordFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  autoComplete: 'current-password' | 'new-password';
};

const subscribeToNothing = () => () => undefined;

/** A password input with a show/hide toggle (offered only once JavaScript runs). */
export function PasswordField({ name, label, hint, errors, autoComplete }: PasswordFieldProps) {
  const t = useTranslations('security.password');
  const [visible, setVisible] = useState(false);
  // True once hydrated: the server (and a browser without JavaScript) renders no toggle.
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return (
    <div className="space-y-1">
      <TextField
        name={name}
        label={label}
        hint={hint}
        errors={errors}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
      />
      {interactive ? (
        <button
          type="button"
          aria-pressed={visible}
          aria-controls={`field-${name}`}
          onClick={() => setVisible((shown) => !shown)}
          className="text-sm font-medium text-indigo-800 underline dark:text-indigo-200"
        >
          {visible ? t('hide') : t('show')}
        </button>
      ) : null}
    </div>
  );
}
