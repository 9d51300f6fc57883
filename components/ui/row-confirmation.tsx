import { CircleCheck } from 'lucide-react';

import { ConfirmationStatus } from '@/components/ui/confirmation-status';

/** "Saved" on the row or card that changed (the icon drawn on the server). */
export function RowConfirmation({ message }: { message: string }) {
  return (
    <ConfirmationStatus>
      <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
      {message}
    </ConfirmationStatus>
  );
}
