/** Server-rendered pages of the stand-in: plain HTML, inline CSS, no JavaScript needed. */
import { signInPhrases, type SignInPhrases } from './sign-in-phrases';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

const styles = `
:root{color-scheme:light dark;--bg:#f4f5f7;--card:#fff;--text:#16181d;--muted:#4b515c;--border:#8a919e;
--accent:#4338ca;--accent-text:#fff;--error:#b42318;--error-bg:#fef3f2;--focus:#4338ca}
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--card:#1a1d24;--text:#f1f3f6;--muted:#b8bfcc;
--border:#6b7280;--accent:#a5b4fc;--accent-text:#111827;--error:#fda29b;--error-bg:#2a1715;--focus:#a5b4fc}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:1.5rem;background:var(--bg);
color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:100%;max-width:24rem;background:var(--card);border:1px solid var(--border);border-radius:.75rem;
padding:2rem}
h1{margin:0 0 .25rem;font-size:1.5rem}
p{margin:.5rem 0;color:var(--muted)}
form{display:grid;gap:1rem;margin-top:1.5rem}
label{display:grid;gap:.375rem;font-weight:600}
input{font:inherit;padding:.625rem .75rem;border:1px solid var(--border);border-radius:.5rem;
background:var(--card);color:var(--text)}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
button{font:inherit;font-weight:600;padding:.625rem 1rem;border:0;border-radius:.5rem;background:var(--accent);
color:var(--accent-text);cursor:pointer}
a{color:var(--accent)}
.alert{margin:1rem 0 0;padding:.75rem;border-radius:.5rem;background:var(--error-bg);color:var(--error);
font-weight:600}
.hint{font-size:.875rem}
`;

/** The shared page shell: `lang`, a `<title>`, one `<main>`; `extraStyles` is appended to the CSS. */
export function layout(
  title: string,
  content: string,
  extraStyles = '',
  language: Pick<SignInPhrases, 'lang' | 'dir'> = { lang: 'en', dir: 'ltr' },
): string {
  return `<!DOCTYPE html>
<html lang="${language.lang}" dir="${language.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}${extraStyles}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>`;
}

export type SignInPageOptions = {
  action: string;
  username?: string;
  failed?: boolean;
  /** Shown in dev mode only, so a developer knows what to type. */
  demoHint?: string;
  /** The authorization request's `ui_locales`: the page speaks the first it knows. */
  uiLocales?: string;
};

/** The sign-in form of the login prompt. */
export function signInPage({
  action,
  username = '',
  failed = false,
  demoHint,
  uiLocales,
}: SignInPageOptions): string {
  const t = signInPhrases(uiLocales);
  const invalid = failed ? ' aria-invalid="true" aria-describedby="sign-in-error"' : '';
  const alert = failed
    ? `<p class="alert" id="sign-in-error" role="alert">${escapeHtml(t.failed)}</p>`
    : '';
  const hint = demoHint ? `<p class="hint">${escapeHtml(demoHint)}</p>` : '';
  return layout(
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
${hint}${alert}
<form method="post" action="${escapeHtml(action)}" novalidate>
<label for="username">${escapeHtml(t.username)}
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
 spellcheck="false" required value="${escapeHtml(username)}"${invalid}${failed ? '' : ' autofocus'}>
</label>
<label for="password">${escapeHtml(t.password)}
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${failed ? ' autofocus' : ''}>
</label>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>`,
    '',
    t,
  );
}

export type MessagePageOptions = {
  title: string;
  message: string;
  link?: { href: string; label: string };
  details?: string;
};

/** A short page with a heading, a message and an optional link (errors, signed out). */
export function messagePage({ title, message, link, details }: MessagePageOptions): string {
  const detailsHtml = details ? `<p class="hint">${escapeHtml(details)}</p>` : '';
  const linkHtml = link
    ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`
    : '';
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>\n${detailsHtml}${linkHtml}`,
  );
}
