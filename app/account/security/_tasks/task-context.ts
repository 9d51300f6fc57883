import type { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import type { FieldModes } from '@/lib/account';
import type { MyAccount } from '@/lib/account-api/schemas';
import type { SecurityFlow } from '@/lib/security/view';

/** What every security task reads: the account, the tenant's field modes, flows in progress. */
export type TaskContext = {
  account: MyAccount;
  modes: FieldModes;
  flow: SecurityFlow;
  locale: string;
  t: Awaited<ReturnType<typeof getTranslations<'security'>>>;
};

/** A task's title and body, framed by the caller as a page or as a dialog. */
export type TaskView = { title: string; content: ReactNode };
