import 'server-only';

import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';

import { isLocale, isRightToLeft } from '@/lib/i18n/locales';

/** Why the portal answers with its status page instead of the page asked for. */
export type StatusPageKind = 'signInUnavailable' | 'unavailable' | 'rateLimited';

/** What to suggest when nobody said how long to wait: long enough to be calm, short to retry. */
export const defaultRetryAfterSeconds = 30;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? '',
  );

/** The nonce middleware.ts put in the request's CSP, so the page's one `<style>` may run. */
async function styleNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

const styles = `
:root { color-scheme: light dark; font-family: ui-sans-serif, system-ui, sans-serif; }
body { margin: 0; background: #fafafa; color: #18181b; }
main { max-width: 36rem; margin: 6rem auto; padding: 0 1rem; }
div { border: 1px solid #fcd34d; border-radius: 0.5rem; background: #fffbeb; color: #451a03; padding: 1.5rem; }
h1 { font-size: 1.25rem; font-weight: 600; margin: 0; }
p { margin: 0.5rem 0 0; line-height: 1.5; }
a { display: inline-block; margin-top: 1rem; font-weight: 500; color: inherit; }
@media (prefers-color-scheme: dark) {
  body { background: #09090b; color: #f4f4f5; }
  div { border-color: #92400e; background: #451a03; color: #fef3c7; }
}`;

/**
 * A small, translated HTML page that answers with an honest status: 503 while Logto cannot be
 * reached, 429 while it asks us to slow down, both with `Retry-After` and never cached. It is
 * plain HTML (no React), so it renders even when nothing else can, and it links back to
 * `retryHref`.
 */
export async function statusPageResponse({
  kind,
  retryAfter,
  retryHref,
}: {
  kind: StatusPageKind;
  /** Seconds, when the service said how long to wait; it is then shown to the user too. */
  retryAfter?: number;
  retryHref: string;
}): Promise<Response> {
  const [t, locale, nonce] = await Promise.all([getTranslations(), getLocale(), styleNonce()]);
  const wait = retryAfter
    ? `<p>${escapeHtml(t('forms.retryIn', { seconds: retryAfter }))}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${isLocale(locale) && isRightToLeft(locale) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${t(`problems.${kind}.title`)} · ${t('metadata.title')}`)}</title>
<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${styles}</style>
</head>
<body>
<main id="main">
<div role="status">
<h1>${escapeHtml(t(`problems.${kind}.title`))}</h1>
<p>${escapeHtml(t(`problems.${kind}.body`))}</p>
${wait}
<a href="${escapeHtml(retryHref)}">${escapeHtml(t('common.tryAgain'))}</a>
</div>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: kind === 'rateLimited' ? 429 : 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(retryAfter ?? defaultRetryAfterSeconds),
    },
  });
}
