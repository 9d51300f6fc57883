/** The fake social provider's pages: plain HTML forms, so they work with JavaScript off. */
import { escapeHtml, layout } from '../oidc/pages';
import type { ProviderIdentity, SocialConnectorConfig } from '../state/social-connectors';

const providerStyles = `
.logo{display:block;width:2.5rem;height:2.5rem;margin:0 0 .75rem}
.actions{display:flex;gap:.75rem;flex-wrap:wrap}
.actions button{flex:1 1 8rem}
button.secondary{background:transparent;color:var(--text);border:1px solid var(--border)}
`;

/** What the authorization request carried; echoed back in hidden fields. */
export type AuthorizeRequest = { redirectUri: string; state: string | null; scope: string | null };

export type AuthorizePageOptions = {
  connector: SocialConnectorConfig;
  action: string;
  request: AuthorizeRequest;
  identity: ProviderIdentity;
  /** Shown as an alert, and marks the Account ID field invalid. */
  error?: string;
};

const hidden = (name: string, value: string | null) =>
  value === null ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">\n`;

function logoHtml({ logo, logoDark }: SocialConnectorConfig): string {
  const dark = logoDark
    ? `<source media="(prefers-color-scheme: dark)" srcset="${escapeHtml(logoDark)}">`
    : '';
  return `<picture>${dark}<img class="logo" src="${escapeHtml(logo)}" alt="" width="40" height="40"></picture>`;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** "Sign in with GitHub": the tester types the provider-side identity, then Authorize or Cancel. */
export function authorizePage({
  connector,
  action,
  request,
  identity,
  error,
}: AuthorizePageOptions): string {
  const provider = connector.name.en;
  const invalid = error ? ' aria-invalid="true" aria-describedby="provider-error"' : '';
  const alert = error
    ? `<p class="alert" id="provider-error" role="alert">${escapeHtml(error)}</p>`
    : '';
  const scope = request.scope
    ? `<p class="hint">Requested scope: ${escapeHtml(request.scope)}</p>`
    : '';
  return layout(
    `Sign in with ${provider}`,
    `${logoHtml(connector)}
<h1>Sign in with ${escapeHtml(provider)}</h1>
<p>This is a stand-in for ${escapeHtml(provider)}. Choose the ${escapeHtml(provider)} account to link,
then you return to ${escapeHtml(hostOf(request.redirectUri))}.</p>
${scope}${alert}
<form method="post" action="${escapeHtml(action)}" novalidate>
${hidden('redirect_uri', request.redirectUri)}${hidden('state', request.state)}${hidden('scope', request.scope)}<label for="account-id">Account ID
<input id="account-id" name="accountId" type="text" autocomplete="off" autocapitalize="none" spellcheck="false"
 required value="${escapeHtml(identity.id)}"${invalid}>
</label>
<label for="display-name">Display name
<input id="display-name" name="name" type="text" autocomplete="off" value="${escapeHtml(identity.name)}">
</label>
<label for="email">Email
<input id="email" name="email" type="email" autocomplete="off" spellcheck="false" value="${escapeHtml(identity.email)}">
</label>
<div class="actions">
<button type="submit" name="decision" value="authorize">Authorize</button>
<button type="submit" name="decision" value="cancel" class="secondary">Cancel</button>
</div>
</form>`,
    providerStyles,
  );
}

/**
 * A `response_mode=form_post` answer: a form that posts the result to `redirect_uri`, sent at once
 * by a script, with a visible Continue button for when scripts are off.
 */
export function formPostPage(
  connector: SocialConnectorConfig,
  redirectUri: string,
  fields: Record<string, string>,
): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => hidden(name, value))
    .join('');
  return layout(
    `Continue from ${connector.name.en}`,
    `<h1>Returning to ${escapeHtml(hostOf(redirectUri))}</h1>
<p>${escapeHtml(connector.name.en)} is sending you back. If nothing happens, select Continue.</p>
<form id="form-post" method="post" action="${escapeHtml(redirectUri)}">
${inputs}<button type="submit">Continue</button>
</form>
<script>document.getElementById('form-post').submit();</script>`,
    providerStyles,
  );
}
