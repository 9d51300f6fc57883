import { ListChecks, ShieldCheck, Smartphone } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { hasAnyFactor, hasPrimaryFactor, type MfaView } from '@/lib/mfa/view';
import { mfaTasks } from '@/lib/routes';
import { isMfaOutcome, mfaRowOfOutcome, mfaRows } from '@/lib/security/mfa-paths';

import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { SettingRow, SettingRows } from '@/components/ui/setting-row';

import { PasskeyRows } from './passkey-rows';
import { SignInSwitch } from './sign-in-switch';

type MfaCardProps = {
  view: MfaView;
  /** The change that just finished (`?done=`), announced on its row. */
  done?: string;
  /** A catalog key: why the sign-in switch could not be changed. */
  signInProblem?: string;
  setMfaOnSignIn: (formData: FormData) => Promise<void>;
};

/** Authenticator app, passkeys, backup codes and the sign-in switch, each where the tenant allows. */
export function MfaCard({ view, done, signInProblem, setMfaOnSignIn }: MfaCardProps) {
  const t = useTranslations('mfa');
  const message = useTranslations();
  const { availability, modes, totp, backupCodes, signIn } = view;
  const doneRow = done && isMfaOutcome(done) ? mfaRowOfOutcome(done) : undefined;
  const confirmation = (row: string) => (doneRow === row ? t(`done.${done}`) : undefined);
  const editable = modes.mfa === 'Edit';
  const managed = modes.mfa === 'ReadOnly' ? <Badge>{t('managed')}</Badge> : undefined;
  // What happens at sign-in: with nothing set up there is no second step to ask for.
  const switchOn = signIn.mandatory || (hasAnyFactor(view) && !signIn.skip);
  return (
    <Card id="mfa" title={t('title')} description={t('intro')}>
      {view.unavailable ? (
        <p role="status" className="p-4 text-sm text-zinc-700 sm:p-5 dark:text-zinc-300">
          {t('unavailable')}
        </p>
      ) : (
        <SettingRows>
          {availability.totp ? (
            <SettingRow
              id={mfaRows.totp}
              icon={<Smartphone className="size-4" />}
              label={t('totp.title')}
              value={totp ? t('totp.since', { date: totp.since ?? '—' }) : undefined}
              emptyLabel={t('totp.notSetUp')}
              badge={managed}
              confirmation={confirmation(mfaRows.totp)}
              actions={
                editable ? (
                  totp ? (
                    <>
                      <ActionLink
                        href={mfaTasks.totp}
                        label={t('totp.replace')}
                        name={t('totp.replaceName')}
                      />
                      <ActionLink
                        href={mfaTasks.removeTotp}
                        label={t('totp.remove')}
                        name={t('totp.removeName')}
                        variant="ghost"
                      />
                    </>
                  ) : (
                    <ActionLink
                      href={mfaTasks.totp}
                      label={t('totp.setUp')}
                      name={t('totp.setUpName')}
                    />
                  )
                ) : undefined
              }
            />
          ) : null}
          {availability.passkeys ? (
            <PasskeyRows
              passkeys={view.passkeys}
              editable={modes.passkey === 'Edit'}
              readOnly={modes.passkey === 'ReadOnly'}
              confirmation={confirmation(mfaRows.passkeys)}
            />
          ) : null}
          {availability.backupCodes ? (
            <SettingRow
              id={mfaRows.backupCodes}
              icon={<ListChecks className="size-4" />}
              label={t('backupCodes.title')}
              value={
                backupCodes
                  ? t('backupCodes.remaining', { count: backupCodes.remaining })
                  : undefined
              }
              emptyLabel={t('backupCodes.notSetUp')}
              badge={managed}
              confirmation={confirmation(mfaRows.backupCodes)}
              note={
                editable && !hasPrimaryFactor(view)
                  ? t('backupCodes.needsFactor')
                  : backupCodes?.remaining === 0
                    ? t('backupCodes.allUsed')
                    : undefined
              }
              actions={
                <>
                  {backupCodes ? (
                    <ActionLink
                      href={mfaTasks.viewBackupCodes}
                      label={t('backupCodes.view')}
                      name={t('backupCodes.viewName')}
                    />
                  ) : null}
                  {editable && hasPrimaryFactor(view) ? (
                    <ActionLink
                      href={mfaTasks.backupCodes}
                      label={backupCodes ? t('backupCodes.regenerate') : t('backupCodes.generate')}
                      name={
                        backupCodes
                          ? t('backupCodes.regenerateName')
                          : t('backupCodes.generateName')
                      }
                      variant={backupCodes ? 'ghost' : 'secondary'}
                    />
                  ) : null}
                </>
              }
            />
          ) : null}
          {availability.signInSwitch ? (
            <SettingRow
              id={mfaRows.signIn}
              icon={<ShieldCheck className="size-4" />}
              label={t('signIn.title')}
              value={switchOn ? t('signIn.on') : t('signIn.off')}
              emptyLabel={t('signIn.off')}
              badge={managed}
              confirmation={confirmation(mfaRows.signIn)}
              note={
                <span id="mfa-sign-in-note">
                  {signInProblem ? (
                    <span role="alert" className="block text-red-700 dark:text-red-300">
                      {message(signInProblem)}
                    </span>
                  ) : null}
                  {signIn.mandatory
                    ? t('signIn.mandatory')
                    : hasAnyFactor(view)
                      ? t('signIn.description')
                      : t('signIn.needsFactor')}
                </span>
              }
              actions={
                editable && !signIn.mandatory ? (
                  <SignInSwitch
                    on={switchOn}
                    label={t('signIn.title')}
                    disabled={!hasAnyFactor(view)}
                    describedBy="mfa-sign-in-note"
                    action={setMfaOnSignIn}
                  />
                ) : undefined
              }
            />
          ) : null}
        </SettingRows>
      )}
    </Card>
  );
}
