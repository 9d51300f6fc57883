import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';

import { loadAccount } from '@/lib/account';
import { backupCodesCookie } from '@/lib/auth/flow-cookies';
import { requireSession } from '@/lib/auth/session';
import { getConfig } from '@/lib/config';
import { backupCodesFileName, backupCodesText } from '@/lib/mfa/backup-codes-file';
import { formatDay } from '@/lib/mfa/format';
import { totpIssuer } from '@/lib/mfa/otpauth';
import { mfaTasks } from '@/lib/routes';

/**
 * "Download .txt": the new backup codes, still waiting in their sealed cookie, as an attachment.
 * A plain link, so it works without JavaScript; nothing is stored or cached on the way.
 */
export async function GET() {
  const session = await requireSession();
  const [pending, view, t, locale] = await Promise.all([
    backupCodesCookie.read(session),
    loadAccount(),
    getTranslations('mfa.backupCodes'),
    getLocale(),
  ]);
  if (!pending) redirect(mfaTasks.backupCodes);
  const { portalName, baseUrl } = getConfig();
  const issuer = totpIssuer(portalName, baseUrl);
  const account =
    view.status === 'ok'
      ? (view.account.username ?? view.account.primaryEmail ?? view.account.id)
      : session.userId;
  const body = backupCodesText({
    title: t('fileTitle', { account, issuer }),
    intro: t('fileIntro'),
    codes: pending.codes,
    generated: t('fileGenerated', {
      date:
        formatDay(
          new Date().toISOString(),
          locale,
          view.status === 'ok' ? view.account.profile?.zoneinfo : undefined,
        ) ?? '',
    }),
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename="${backupCodesFileName(issuer)}"`,
      'cache-control': 'no-store',
    },
  });
}
