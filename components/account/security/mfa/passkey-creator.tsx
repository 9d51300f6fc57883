'use client';

// The only importer of @simplewebauthn/browser: it loads with this task and nowhere else.
import {
  browserSupportsWebAuthn,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/browser';
import { useTranslations } from 'next-intl';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';
import {
  classifyCeremonyError,
  passkeyProblemKey,
  type CeremonyError,
} from '@/lib/mfa/passkey-errors';
import type { PasskeyStart } from '@/lib/mfa/view';
import { routes } from '@/lib/routes';

import { FormStatus } from '@/components/forms/form-status';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { LinkButton } from '@/components/ui/link-button';
import { TextField } from '@/components/ui/text-field';

type PasskeyCreatorProps = {
  /** A name from the device this is happening on ("Chrome on macOS"). */
  defaultName: string;
  begin: () => Promise<PasskeyStart>;
  finish: (response: unknown, name: string) => Promise<FormState<'name'>>;
  reportOrigin: (rpId: unknown) => Promise<void>;
  initial?: FormState<'name'>;
};

const ceremonyError = (error: unknown): CeremonyError => ({
  name: error instanceof Error ? error.name : undefined,
  code: error instanceof Error ? String(Reflect.get(error, 'code') ?? '') || undefined : undefined,
  message: error instanceof Error ? error.message : undefined,
});

/**
 * Name the passkey, then create it. Registration options are fetched ahead, so the browser's
 * ceremony starts straight from the click (Safari requires that).
 */
export function PasskeyCreator({
  defaultName,
  begin,
  finish,
  reportOrigin,
  initial,
}: PasskeyCreatorProps) {
  const t = useTranslations();
  const [start, setStart] = useState<PasskeyStart | 'unsupported'>();
  // The action's identity changes whenever the page refreshes (and `begin` sets a cookie, which
  // refreshes it): read it through a ref so that a refresh does not start another registration.
  const beginRef = useRef(begin);
  useEffect(() => {
    beginRef.current = begin;
  }, [begin]);
  const prepare = useCallback(async () => {
    setStart(browserSupportsWebAuthn() ? await beginRef.current() : 'unsupported');
  }, []);
  useEffect(() => {
    // Once on mount, not on render: each call starts a registration at Logto.
    void prepare();
  }, [prepare]);

  const [state, formAction] = useActionState<FormState<'name'>, FormData>(
    async (previous, formData) => {
      const name = String(formData.get('name') ?? '');
      if (typeof start !== 'object' || start.status !== 'ready') return previous;
      const { options } = start;
      let response: unknown;
      try {
        response = await startRegistration({
          optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
        });
      } catch (error) {
        const problem = classifyCeremonyError(ceremonyError(error), {
          rpId: options.rp.id,
          hostname: window.location.hostname,
        });
        if (problem === 'originNotTrusted') void reportOrigin(options.rp.id);
        void prepare();
        return { status: 'error', message: passkeyProblemKey(problem), values: { name } };
      }
      const result = await finish(response, name);
      // A refused answer spends the registration: the next try needs fresh options.
      if (result.status === 'error') void prepare();
      return result;
    },
    initial ?? idleState,
  );
  const formRef = useFocusFirstError(state);

  if (start === 'unsupported') {
    return <p role="alert">{t(passkeyProblemKey('unsupported'))}</p>;
  }
  const startProblem = typeof start === 'object' && start.status === 'error' ? start.message : '';
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      {startProblem ? (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {t(startProblem)}
        </p>
      ) : null}
      <TextField
        name="name"
        label={t('mfa.passkeys.nameLabel')}
        hint={t('mfa.passkeys.nameHint')}
        defaultValue={state.values?.name ?? defaultName}
        maxLength={64}
        autoComplete="off"
        errors={state.fieldErrors?.name?.map((key) => t(key))}
      />
      <FormStatus state={state} successMessage="" />
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <SubmitButton disabled={typeof start !== 'object' || start.status !== 'ready'}>
          {t('mfa.passkeys.create')}
        </SubmitButton>
        <LinkButton href={routes.security}>{t('mfa.cancel')}</LinkButton>
      </div>
    </form>
  );
}
