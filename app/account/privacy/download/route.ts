import { redirect } from 'next/navigation';

import { requireActionSession } from '@/lib/auth/session';
import { isAccountApiError } from '@/lib/errors';
import { buildDataExport } from '@/lib/privacy/export';
import { currentStepUp } from '@/lib/privacy/step-up';
import { routes } from '@/lib/routes';

/**
 * "Download data file": the user's data as a JSON attachment, after a step-up. A plain link, so
 * it works without JavaScript; nothing is stored or cached on the way.
 */
export async function GET() {
  const session = await requireActionSession();
  const stepUp = await currentStepUp(session);
  if (!stepUp) redirect(`${routes.privacy}#download`);
  let data: Awaited<ReturnType<typeof buildDataExport>>;
  try {
    data = await buildDataExport(session, stepUp);
  } catch (error) {
    if (!isAccountApiError(error)) throw error;
    console.error(`[privacy] data export failed: ${error.status} ${error.code}`);
    redirect(`${routes.privacy}?ready=download&failed=1#download`);
  }
  const day = data.exportedAt.slice(0, 10);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="account-data-${day}.json"`,
      'cache-control': 'no-store',
    },
  });
}
