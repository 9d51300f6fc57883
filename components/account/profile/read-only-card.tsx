import { useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import { Card, CardBody } from '@/components/ui/card';
import { ReadOnlyValue } from '@/components/ui/read-only-value';

type ReadOnlyCardProps = {
  id: string;
  title: string;
  description?: string;
  rows: { label: string; value: string }[];
};

/** A card the organization keeps read-only: label and value pairs, no form. */
export function ReadOnlyCard({ id, title, description, rows }: ReadOnlyCardProps) {
  const t = useTranslations('common');
  return (
    <Card
      id={id}
      title={title}
      description={description}
      actions={<Badge>{t('managedByOrganization')}</Badge>}
    >
      <CardBody>
        <dl className="grid gap-4 sm:grid-cols-2">
          {rows.map((row) => (
            <ReadOnlyValue key={row.label} label={row.label} value={row.value} />
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
