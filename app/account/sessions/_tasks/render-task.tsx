import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { loadAccount } from '@/lib/account';
import { requireSession } from '@/lib/auth/session';
import { sessionErrorKey } from '@/lib/sessions/errors';
import { sessionDeviceName } from '@/lib/sessions/names';
import { sessionRoutes } from '@/lib/sessions/paths';
import { loadAppsView, loadSessionsView } from '@/lib/sessions/view';
import type { Query } from '@/lib/query';

import { ErrorNotice } from '@/components/account/sessions/notice';
import { StepUpPrompt } from '@/components/account/sessions/step-up-prompt';
import { SubmitButton } from '@/components/forms/submit-button';
import { LinkButton } from '@/components/ui/link-button';

import { removeApp, removeDevice, showList, signOutOthers, signOutSession } from '../actions';

export type SessionTask = { title: string; back: string; backLabel: string; content: ReactNode };

const paragraph = 'text-sm text-zinc-700 dark:text-zinc-300';

type ConfirmProps = {
  action: (formData: FormData) => Promise<void>;
  hidden?: Record<string, string>;
  confirmLabel: string;
  cancelHref: string;
  cancelLabel: string;
  children: ReactNode;
};

/** "Are you sure?" as its own step, so it works without JavaScript too. */
function Confirm({
  action,
  hidden,
  confirmLabel,
  cancelHref,
  cancelLabel,
  children,
}: ConfirmProps) {
  return (
    <form action={action} className="space-y-4">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger">{confirmLabel}</SubmitButton>
        <LinkButton href={cancelHref}>{cancelLabel}</LinkButton>
      </div>
    </form>
  );
}

function Choice({
  value,
  label,
  hint,
  checked,
}: Record<'value' | 'label' | 'hint', string> & { checked?: boolean }) {
  const id = `revoke-${value}`;
  return (
    <div className="flex gap-3">
      <input
        type="radio"
        id={id}
        name="revoke"
        value={value}
        defaultChecked={checked}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 accent-(--color-accent)"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      </div>
    </div>
  );
}

/**
 * A confirmation step under `/account/sessions/…` or `/account/apps/…`, or undefined for a URL
 * that is none. Each needs the list, so each may ask for step-up first.
 */
export async function renderSessionTask(
  base: 'sessions' | 'apps',
  segments: string[],
  query: Query,
): Promise<SessionTask | undefined> {
  const [view, session, t] = await Promise.all([
    loadAccount(),
    requireSession(),
    getTranslations('sessions'),
  ]);
  if (view.status === 'problem' || view.modes.session !== 'Edit') return undefined;
  const errorCode = typeof query.error === 'string' ? query.error : undefined;
  const error = errorCode ? <ErrorNotice messageKey={sessionErrorKey(errorCode)} /> : null;
  const back = base === 'apps' ? sessionRoutes.apps : sessionRoutes.sessions;
  const backLabel = base === 'apps' ? t('backToApps') : t('back');
  const cancel = { cancelHref: back, cancelLabel: t('cancel') };
  const prompt = (title: string): SessionTask => ({
    title,
    back,
    backLabel,
    content: <StepUpPrompt page={base} action={showList} />,
  });
  const gone = (title: string, message: string): SessionTask => ({
    title,
    back,
    backLabel,
    content: (
      <div className="space-y-4">
        <p role="status" className={paragraph}>
          {message}
        </p>
        <LinkButton href={back}>{backLabel}</LinkButton>
      </div>
    ),
  });
  const tl = (key: string, values?: Record<string, string>) => t(`list.${key}`, values);

  if (base === 'apps') {
    const [grantId, step] = segments;
    if (!grantId || step !== 'remove' || segments.length !== 2) return undefined;
    const apps = await loadAppsView(session);
    if (apps.status === 'stepUp') return prompt(t('apps.remove'));
    const app = apps.value.find((row) => row.grantId === grantId);
    if (!app) return gone(t('apps.remove'), t('apps.gone'));
    const name = app.name ?? t('apps.unknownApp');
    return {
      title: t('apps.removeTitle', { app: name }),
      back,
      backLabel,
      content: (
        <Confirm
          action={removeApp}
          hidden={{ grantId }}
          confirmLabel={t('apps.confirm')}
          {...cancel}
        >
          {error}
          <p className={paragraph}>{t('apps.question', { app: name })}</p>
        </Confirm>
      ),
    };
  }

  const list = await loadSessionsView(session, view.modes.trustedDevice);
  const [first, second, third] = segments;
  if (first === 'sign-out-others' && segments.length === 1) {
    if (list.status === 'stepUp') return prompt(t('others.title'));
    const count = list.value.sessions.filter(({ isCurrent }) => !isCurrent).length;
    if (count === 0) return gone(t('others.title'), t('others.none'));
    return {
      title: t('others.title'),
      back,
      backLabel,
      content: (
        <Confirm action={signOutOthers} confirmLabel={t('others.confirm', { count })} {...cancel}>
          {error}
          <p className={paragraph}>{t('others.question', { count })}</p>
        </Confirm>
      ),
    };
  }
  if (first === 'devices' && second && third === 'remove' && segments.length === 3) {
    if (list.status === 'stepUp') return prompt(t('devices.remove'));
    const device = list.value.devices?.find(({ id }) => id === second);
    if (!device) return gone(t('devices.remove'), t('errors.deviceGone'));
    const name = sessionDeviceName(device.device, tl);
    return {
      title: t('devices.removeTitle', { device: name }),
      back,
      backLabel,
      content: (
        <Confirm
          action={removeDevice}
          hidden={{ id: second }}
          confirmLabel={t('devices.confirm')}
          {...cancel}
        >
          {error}
          <p className={paragraph}>{t('devices.question')}</p>
        </Confirm>
      ),
    };
  }
  if (first && second === 'sign-out' && segments.length === 2) {
    if (list.status === 'stepUp') return prompt(t('list.signOut'));
    const row = list.value.sessions.find(({ uid }) => uid === first);
    if (!row) return gone(t('list.signOut'), t('signOut.gone'));
    const name = sessionDeviceName(row.device, tl);
    return {
      title: t('signOut.title', { device: name }),
      back,
      backLabel,
      content: (
        <Confirm
          action={signOutSession}
          hidden={{ uid: row.uid, current: String(row.isCurrent) }}
          confirmLabel={t('signOut.confirm')}
          {...cancel}
        >
          {error}
          <p className={paragraph}>{row.isCurrent ? t('signOut.current') : t('signOut.other')}</p>
          <fieldset className="space-y-3">
            <legend className="mb-2 text-sm font-medium">{t('signOut.choice')}</legend>
            <Choice value="all" label={t('signOut.all')} hint={t('signOut.allHint')} checked />
            <Choice
              value="firstParty"
              label={t('signOut.firstParty')}
              hint={t('signOut.firstPartyHint')}
            />
          </fieldset>
        </Confirm>
      ),
    };
  }
  return undefined;
}
