'use client';

import { Eye, EyeOff } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { useHydrated } from '@/components/forms/use-hydrated';
import { TextField } from '@/components/ui/text-field';

type PasswordFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  autoComplete: 'current-password' | 'new-password';
  describedBy?: string;
};

/** A password input with a show/hide toggle (offered only once JavaScript runs). */
export function PasswordField({ name, label, errors, autoComplete, ...rest }: PasswordFieldProps) {
  const t = useTranslations('security.password');
  const [visible, setVisible] = useState(false);
  // The server (and a browser without JavaScript) renders no toggle: it could not work there.
  const hydrated = useHydrated();
  return (
    <div className="relative">
      <TextField
        name={name}
        label={label}
        errors={errors}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        className="[&_input]:pe-10"
        {...rest}
      />
      {hydrated ? (
        <button
          type="button"
          aria-pressed={visible}
          aria-controls={`field-${name}`}
          aria-label={visible ? t('hide') : t('show')}
          onClick={() => setVisible((shown) => !shown)}
          className="absolute end-1 top-[1.9rem] rounded-md p-1.5 text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100"
        >
          {visible ? (
            <EyeOff aria-hidden="true" className="size-4" />
          ) : (
            <Eye aria-hidden="true" className="size-4" />
          )}
        </button>
      ) : null}
    </div>
  );
}
