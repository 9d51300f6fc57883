import { headers } from 'next/headers';

import { stepUpCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { resumedState } from '@/lib/forms/resumed-state';
import { describeDevice } from '@/lib/user-agent';
import { deviceName } from '@/lib/mfa/view';
import { routes } from '@/lib/routes';

import { PasskeyCreator } from '@/components/account/security/mfa/passkey-creator';
import { StartForm } from '@/components/account/security/mfa/start-form';
import { ActionForm } from '@/components/forms/action-form';
import { HydratedOnly } from '@/components/ui/hydrated-only';
import { LinkButton } from '@/components/ui/link-button';

import { removeMfaFactor, renamePasskeyAction, startAddingPasskey } from '../mfa/actions';
import {
  beginPasskeyRegistration,
  finishPasskeyRegistration,
  reportPasskeyOriginProblem,
} from '../mfa/passkey-actions';

import type { MfaTaskContext } from './mfa-tasks';
import type { TaskView } from './task-context';

const paragraph = 'text-sm text-zinc-700 dark:text-zinc-300';

/**
 * Add a passkey: confirm it's the user, then name it and run the browser's ceremony. Without
 * JavaScript there is no ceremony, so the task only says so.
 */
async function newPasskeyTask(context: MfaTaskContext): Promise<TaskView> {
  const { mt, flow, error } = context;
  const stepUp = await stepUpCookie.read(await requireSession());
  const here = describeDevice((await headers()).get('user-agent'));
  const defaultName = deviceName(here, (parts) => mt('passkeys.device', parts)) ?? '';
  const resume = flow.resume?.kind === 'mfa' ? flow.resume : undefined;
  return {
    title: mt('passkeys.newTitle'),
    content: (
      <div className="space-y-4">
        <p className={paragraph}>{mt('passkeys.intro')}</p>
        <noscript>
          <p className={paragraph}>{mt('passkeys.needsJs')}</p>
        </noscript>
        <HydratedOnly>
          {stepUp ? (
            <PasskeyCreator
              defaultName={defaultName}
              begin={beginPasskeyRegistration}
              finish={finishPasskeyRegistration}
              reportOrigin={reportPasskeyOriginProblem}
              initial={resume ? { status: 'error', message: resume.errorKey } : undefined}
            />
          ) : (
            <StartForm label={mt('continue')} action={startAddingPasskey} error={error} />
          )}
        </HydratedOnly>
      </div>
    ),
  };
}

/** Add, rename or remove a passkey (`/account/security/mfa/passkeys/…`). */
export async function passkeyTask(
  context: MfaTaskContext,
  second?: string,
  third?: string,
): Promise<TaskView | undefined> {
  const { view, mt, flow, error } = context;
  if (!view.availability.passkeys || view.modes.passkey !== 'Edit') return undefined;
  if (second === 'new' && !third) return newPasskeyTask(context);
  const passkey = view.passkeys.find(({ id }) => id === second);
  if (!passkey) return undefined;
  const name =
    passkey.name ??
    deviceName(passkey.device, (parts) => mt('passkeys.device', parts)) ??
    mt('passkeys.unnamed');
  if (third === 'rename') {
    const resume = flow.resume?.kind === 'mfa' ? flow.resume : undefined;
    return {
      title: mt('passkeys.renameTitle'),
      content: (
        <ActionForm
          action={renamePasskeyAction}
          submitLabel={mt('passkeys.save')}
          hidden={{ id: passkey.id }}
          initial={
            resumedState('name', resume) ??
            (error ? { status: 'error', message: error } : undefined)
          }
          secondary={<LinkButton href={routes.security}>{mt('cancel')}</LinkButton>}
          fields={[
            {
              name: 'name',
              label: mt('passkeys.nameLabel'),
              hint: mt('passkeys.nameHint'),
              autoComplete: 'off',
              defaultValue: passkey.name ?? name,
            },
          ]}
        />
      ),
    };
  }
  if (third === 'remove') {
    return {
      title: mt('passkeys.removeTitle'),
      content: (
        <StartForm
          label={mt('passkeys.removeButton')}
          action={removeMfaFactor}
          variant="danger"
          hidden={{ id: passkey.id, factor: 'WebAuthn' }}
          error={error}
        >
          <p className={paragraph}>{mt('passkeys.confirmRemove', { name })}</p>
          {view.passkeys.length === 1 && !view.totp ? (
            <p className={paragraph}>{mt('passkeys.lastFactor')}</p>
          ) : null}
        </StartForm>
      ),
    };
  }
  return undefined;
}
