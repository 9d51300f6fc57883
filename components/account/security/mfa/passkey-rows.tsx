import { Fingerprint, KeyRound } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { deviceName, type PasskeyItem } from '@/lib/mfa/view';
import { mfaTasks } from '@/lib/routes';
import { mfaRows } from '@/lib/security/mfa-paths';

import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { HydratedOnly } from '@/components/ui/hydrated-only';
import { SettingRow } from '@/components/ui/setting-row';

type PasskeyRowsProps = {
  passkeys: PasskeyItem[];
  editable: boolean;
  readOnly: boolean;
  confirmation?: string;
};

/** "Passkeys" with Add, then one row per passkey: its name, device, dates, Rename and Remove. */
export function PasskeyRows({ passkeys, editable, readOnly, confirmation }: PasskeyRowsProps) {
  const t = useTranslations('mfa.passkeys');
  const managed = useTranslations('mfa')('managed');
  const deviceOf = (passkey: PasskeyItem) =>
    deviceName(passkey.device, (parts) => t('device', parts));
  return (
    <>
      <SettingRow
        id={mfaRows.passkeys}
        icon={<Fingerprint className="size-4" />}
        label={t('title')}
        value={passkeys.length ? t('count', { count: passkeys.length }) : undefined}
        emptyLabel={t('none')}
        badge={readOnly ? <Badge>{managed}</Badge> : undefined}
        confirmation={confirmation}
        note={editable ? <noscript>{t('needsJs')}</noscript> : undefined}
        actions={
          editable ? (
            <HydratedOnly>
              <ActionLink href={mfaTasks.newPasskey} label={t('add')} name={t('addName')} />
            </HydratedOnly>
          ) : undefined
        }
      />
      {passkeys.map((passkey) => {
        const device = deviceOf(passkey);
        const name = passkey.name ?? device ?? t('unnamed');
        return (
          <SettingRow
            key={passkey.id}
            id={`passkey-${passkey.id}`}
            icon={<KeyRound className="size-4" />}
            label={name}
            value={
              passkey.created
                ? device
                  ? t('createdOn', { date: passkey.created, device })
                  : t('created', { date: passkey.created })
                : device
            }
            emptyLabel={t('unnamed')}
            note={passkey.lastUsed ? t('lastUsed', { date: passkey.lastUsed }) : t('neverUsed')}
            actions={
              editable ? (
                <>
                  <ActionLink
                    href={mfaTasks.renamePasskey(passkey.id)}
                    label={t('rename')}
                    name={t('renameName', { name })}
                  />
                  <ActionLink
                    href={mfaTasks.removePasskey(passkey.id)}
                    label={t('remove')}
                    name={t('removeName', { name })}
                    variant="ghost"
                  />
                </>
              ) : undefined
            }
          />
        );
      })}
    </>
  );
}
