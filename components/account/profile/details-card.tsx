import type { ReactNode } from 'react';

import { Card, CardBody } from '@/components/ui/card';
import { ReadOnlyValue } from '@/components/ui/read-only-value';
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
  return (
    <Card id={id} title={title} description={description} actions={action}>
      <CardBody>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
          {rows.map((row) => (
            <ReadOnlyValue key={row.label} label={row.label} value={row.value} />
          ))}
        </dl>
        {confirmation ? <RowConfirmation message={confirmation} /> : null}
      </CardBody>
    </Card>
  );
}
