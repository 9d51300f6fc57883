import { ExternalLink } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

import type { DeletionOption } from '@/lib/privacy/view';
import { privacyTasks } from '@/lib/routes';

import { buttonClass } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';

/**
 * "Delete account": the portal's own task with the Management API; else the operator's page
 * (`deleteAccountUrl`, as Logto's Account Center links it); else whom to contact. Never a
 * button that can't work.
 */
export async function DeletionCard({ option }: { option: DeletionOption }) {
  const t = await getTranslations('privacy.delete');
  return (
    <Card id="delete" title={t('title')} description={t('description')}>
      <CardBody>
        {option.kind === 'portal' ? (
          <Link
            href={privacyTasks.deleteAccount}
            prefetch={false}
            className={buttonClass('danger')}
          >
            {t('open')}
          </Link>
        ) : option.kind === 'external' ? (
          <div className="space-y-3 text-sm">
            <p>{t('externalIntro')}</p>
            <a href={option.url} rel="noopener noreferrer" className={buttonClass('danger')}>
              {t('externalLink')}
              <ExternalLink aria-hidden="true" className="size-3.5" />
            </a>
          </div>
        ) : (
          <div className="space-y-2 text-sm" data-testid="deletion-contact">
            <p>{t('contactIntro')}</p>
            {option.url || option.email ? (
              <p className="flex flex-wrap gap-x-4">
                {option.url ? (
                  <a
                    href={option.url}
                    rel="noopener noreferrer"
                    className="text-accent-text underline"
                  >
                    {t('contactLink')}
                  </a>
                ) : null}
                {option.email ? (
                  <a href={`mailto:${option.email}`} className="text-accent-text underline">
                    {t('contactEmail', { email: option.email })}
                  </a>
                ) : null}
              </p>
            ) : null}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
