import { useLocale, useTranslations } from 'next-intl';

import type { FieldMode, MyAccount, SocialConnector } from '@/lib/account-api/schemas';
import { routes } from '@/lib/routes';

import { ConfirmRemoval } from '@/components/account/security/confirm-removal';
import { LinkButton, QuietButton } from '@/components/ui/link-button';
import { Section } from '@/components/ui/section';

type SocialSectionProps = {
  mode: FieldMode;
  connectors: SocialConnector[];
  identities: NonNullable<MyAccount['identities']>;
  /** The target whose disconnection awaits confirmation. */
  confirming?: string;
  connect: (formData: FormData) => Promise<void>;
  disconnect: (formData: FormData) => Promise<void>;
};

/** Every social connector the tenant offers, connected or not, with connect, replace and disconnect. */
export function SocialSection({
  mode,
  connectors,
  identities,
  confirming,
  connect,
  disconnect,
}: SocialSectionProps) {
  const t = useTranslations('security.social');
  const locale = useLocale();
  return (
    <Section id="social" title={t('title')} intro={t('intro')}>
      {connectors.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {connectors.map((connector) => {
          const name = connector.name[locale] ?? connector.name.en ?? connector.target;
          const identity = identities[connector.target];
          const who = identity?.details?.name ?? identity?.details?.email ?? identity?.userId;
          return (
            <li key={connector.id} className="space-y-3 py-4">
              <div className="flex items-center gap-3">
                {connector.logo ? (
                  // Logos come from the tenant's connector settings, on any host.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={connector.logo} alt="" className="h-8 w-8" />
                ) : null}
                <div>
                  <p className="font-medium">{name}</p>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {identity ? t('connectedAs', { name: who ?? name }) : t('notConnected')}
                  </p>
                </div>
              </div>
              {mode === 'Edit' && confirming === connector.target && identity ? (
                <ConfirmRemoval
                  type="social"
                  target={connector.target}
                  question={t('confirmDisconnect', { name })}
                  confirmLabel={t('confirmButton', { name })}
                  action={disconnect}
                />
              ) : null}
              {mode === 'Edit' && confirming !== connector.target ? (
                <div className="flex flex-wrap gap-3">
                  <form action={connect}>
                    <input type="hidden" name="connectorId" value={connector.id} />
                    <input type="hidden" name="mode" value={identity ? 'replace' : 'link'} />
                    <QuietButton>
                      {identity ? t('replace', { name }) : t('connect', { name })}
                    </QuietButton>
                  </form>
                  {identity ? (
                    <LinkButton
                      href={`${routes.security}?confirm=social:${connector.target}#social`}
                    >
                      {t('disconnect', { name })}
                    </LinkButton>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
