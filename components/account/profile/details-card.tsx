import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { Card, CardBody } from '@/components/ui/card';
import { RowConfirmation } from '@/components/ui/row-confirmation';

type DetailsCardProps = {
  id: string;
  title: string;
  description?: string;
  rows: { label: string; value: string }[];
  /** "Edit", or the badge of a card the organization keeps read-only. */
  action: ReactNode;
  /** A save just made, announced on the card. */
  confirmation?: string;
};

/** Label and value pairs of a part of the profile; changed in its own task. */
export function DetailsCard({
  id,
  title,
  description,
  rows,
  action,
  confirmation,
}: DetailsCardProps) {
  const notSet = useTranslations('common')('notSet');
  return (
    <Card id={id} title={title} description={description} actions={action}>
      <CardBody>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3">
          {rows.map((row) => (
            <div key={row.label} className="min-w-0">
              <dt className="text-xs text-zinc-600 dark:text-zinc-400">{row.label}</dt>
              <dd className="mt-0.5 text-sm font-medium break-words text-zinc-900 dark:text-zinc-100">
                {row.value ? (
                  <bdi>{row.value}</bdi>
                ) : (
                  <span className="font-normal text-zinc-500 italic dark:text-zinc-400">
                    {notSet}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
        {confirmation ? <RowConfirmation message={confirmation} /> : null}
      </CardBody>
    </Card>
  );
}
