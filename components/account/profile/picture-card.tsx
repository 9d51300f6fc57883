import { useTranslations } from 'next-intl';

import type { FieldMode } from '@/lib/account-api/schemas';
import { profileTasks } from '@/lib/routes';

import { Avatar } from '@/components/account/avatar';
import { ActionLink } from '@/components/ui/action-link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { RowConfirmation } from '@/components/ui/row-confirmation';

type PictureCardProps = {
  name: string;
  /** The stored picture when the CSP lets it load, else null. */
  preview: string | null;
  modes: { name: FieldMode; avatar: FieldMode };
  /** A save just made, announced on the card. */
  confirmation?: string;
};

/** "Profile picture and name" as others see it, with "Edit" when either can be changed here. */
export function PictureCard({ name, preview, modes, confirmation }: PictureCardProps) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const editable = modes.name === 'Edit' || modes.avatar === 'Edit';
  return (
    <Card
      id="picture"
      title={t('picture.title')}
      description={t('picture.description')}
      actions={
        editable ? (
          <ActionLink href={profileTasks.picture} label={t('edit')} name={t('picture.editLabel')} />
        ) : (
          <Badge>{tc('managedByOrganization')}</Badge>
        )
      }
    >
      <CardBody>
        <div className="flex items-center gap-4">
          {modes.avatar === 'Off' ? null : (
            <Avatar src={preview} name={name || '?'} alt={t('picture.previewAlt')} size="lg" />
          )}
          <div className="min-w-0">
            {modes.name === 'Off' ? null : (
              <p className="truncate text-base font-medium text-zinc-900 dark:text-zinc-100">
                {name || <span className="font-normal italic">{tc('notSet')}</span>}
              </p>
            )}
          </div>
        </div>
        {confirmation ? <RowConfirmation message={confirmation} /> : null}
      </CardBody>
    </Card>
  );
}
