import { useLocale, useTranslations } from 'next-intl';

import type { FieldMode, MyAccount, SocialConnector } from '@/lib/account-api/schemas';
import { disconnectSocialPath } from '@/lib/routes';

import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { RowConfirmation } from '@/components/ui/row-confirmation';
import { SettingRow, SettingRows } from '@/components/ui/setting-row';

type SocialCardProps = {
  mode: FieldMode;
  connectors: SocialConnector[];
  identities: NonNullable<MyAccount['identities']>;
  /** The message key of a link or removal that just finished. */
  done?: string;
  /** A catalog key explaining why the last connection did not complete. */
  problem?: string;
  connect: (formData: FormData) => Promise<void>;
};

/** The connector's logo, its dark variant in dark mode, so dark marks don't vanish. */
function ConnectorLogo({ connector }: { connector: SocialConnector }) {
  if (!connector.logo) return null;
  return (
    <picture>
      {connector.logoDark ? (
        <source srcSet={connector.logoDark} media="(prefers-color-scheme: dark)" />
      ) : null}
      <img src={connector.logo} alt="" className="size-5" />
    </picture>
  );
}

/** Every social connector the tenant offers: connect, switch account, or disconnect. */
export function SocialCard(props: SocialCardProps) {
  const { mode, connectors, identities, done, problem, connect } = props;
  const t = useTranslations('security');
  const tRoot = useTranslations();
  const locale = useLocale();
  if (mode === 'Off') return null;
  return (
    <Card id="social" title={t('social.title')} description={t('social.intro')}>
      {problem ? (
        <p
          role="alert"
          className="border-b border-red-200 bg-red-50 px-5 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {tRoot(problem)}
        </p>
      ) : null}
      {done ? (
        <div className="border-b border-zinc-200 px-5 pb-3 dark:border-zinc-800">
          <RowConfirmation message={t(done)} />
        </div>
      ) : null}
      {connectors.length === 0 ? (
        <p className="px-5 py-4 text-sm text-zinc-600 dark:text-zinc-400">{t('social.none')}</p>
      ) : null}
      <SettingRows>
        {connectors.map((connector) => {
          const name = connector.name[locale] ?? connector.name.en ?? connector.target;
          const identity = identities[connector.target];
          const who = identity?.details?.name ?? identity?.details?.email ?? identity?.userId;
          return (
            <SettingRow
              key={connector.id}
              id={`social-${connector.target}`}
              icon={<ConnectorLogo connector={connector} />}
              label={name}
              value={identity ? t('social.connectedAs', { name: who ?? name }) : undefined}
              emptyLabel={t('social.notConnected')}
              badge={
                mode === 'ReadOnly' ? (
                  <Badge>{t('managed')}</Badge>
                ) : identity ? (
                  <Badge tone="success">{t('social.connected')}</Badge>
                ) : undefined
              }
              actions={
                mode === 'Edit' ? (
                  <>
                    <form action={connect}>
                      <input type="hidden" name="connectorId" value={connector.id} />
                      <input type="hidden" name="mode" value={identity ? 'replace' : 'link'} />
                      <button
                        type="submit"
                        aria-label={
                          identity ? t('social.replace', { name }) : t('social.connect', { name })
                        }
                        className={buttonClass(identity ? 'ghost' : 'secondary')}
                      >
                        {identity ? t('actions.switch') : t('actions.connect')}
                      </button>
                    </form>
                    {identity ? (
                      <ActionLink
                        href={disconnectSocialPath(connector.target)}
                        label={t('actions.disconnect')}
                        name={t('social.disconnect', { name })}
                        variant="ghost"
                      />
                    ) : null}
                  </>
                ) : undefined
              }
            />
          );
        })}
      </SettingRows>
    </Card>
  );
}
