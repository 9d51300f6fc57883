import type { ServerResponse } from 'node:http';

import { parseForm, sendHtml } from '../http/io';
import type { Router } from '../http/router';
import { messagePage } from '../oidc/pages';
import type { StandInState } from '../state';
import type { SocialConnectorConfig, SocialUserInfo } from '../state/social-connectors';

import { authorizePage, formPostPage, type AuthorizeRequest } from './pages';

export type ProviderDeps = { state: StandInState };

export const providerPath = (connectorId: string) =>
  `/__provider/${encodeURIComponent(connectorId)}/authorize`;

const ACCESS_DENIED_DESCRIPTION = 'The user denied the request.';

/** `redirect_uri` must be an absolute http(s) URL; `state` and `scope` are optional. */
function readRequest(source: URLSearchParams): AuthorizeRequest | undefined {
  const redirectUri = source.get('redirect_uri') ?? '';
  if (!URL.canParse(redirectUri) || !['http:', 'https:'].includes(new URL(redirectUri).protocol)) {
    return undefined;
  }
  return { redirectUri, state: source.get('state'), scope: source.get('scope') };
}

function badRequest(res: ServerResponse): void {
  sendHtml(
    res,
    400,
    messagePage({
      title: 'Invalid request',
      message:
        'This authorization request has no valid redirect_uri (an absolute http or https URL).',
    }),
  );
}

function unknownProvider(res: ServerResponse): void {
  sendHtml(
    res,
    404,
    messagePage({ title: 'Unknown provider', message: 'No social connector has this ID.' }),
  );
}

/** Send the result back: a 303 to `redirect_uri?…`, or a self-submitting form for `form_post`. */
function answer(
  res: ServerResponse,
  connector: SocialConnectorConfig,
  request: AuthorizeRequest,
  fields: Record<string, string>,
): void {
  const result = request.state === null ? fields : { ...fields, state: request.state };
  if (connector.responseMode === 'form_post') {
    sendHtml(res, 200, formPostPage(connector, request.redirectUri, result));
    return;
  }
  const target = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(result)) {
    target.searchParams.set(name, value);
  }
  res.writeHead(303, { location: target.href, 'cache-control': 'no-store' });
  res.end();
}

const optional = (value: string | null) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The fake providers' authorization endpoint, `/__provider/:connectorId/authorize` (dev and test
 * mode): GET shows the page, POST (Authorize or Cancel) answers the redirect URI.
 */
export function registerProviderRoutes(router: Router, { state }: ProviderDeps): void {
  const connectorOf = (id: string | undefined) =>
    state.socialConnectors.find((connector) => connector.id === id);

  router.get('/__provider/:connectorId/authorize', async ({ res, url, params }) => {
    const connector = connectorOf(params.connectorId);
    if (!connector) {
      unknownProvider(res);
      return;
    }
    const request = readRequest(url.searchParams);
    if (!request) {
      badRequest(res);
      return;
    }
    const page = authorizePage({
      connector,
      action: providerPath(connector.id),
      request,
      identity: connector.defaultIdentity,
    });
    sendHtml(res, 200, page);
  });

  router.post('/__provider/:connectorId/authorize', async ({ req, res, params }) => {
    const connector = connectorOf(params.connectorId);
    const form = await parseForm(req);
    if (!connector) {
      unknownProvider(res);
      return;
    }
    const request = readRequest(form);
    if (!request) {
      badRequest(res);
      return;
    }
    if (form.get('decision') === 'cancel') {
      answer(res, connector, request, {
        error: 'access_denied',
        error_description: ACCESS_DENIED_DESCRIPTION,
      });
      return;
    }
    const accountId = optional(form.get('accountId'));
    const name = optional(form.get('name'));
    const email = optional(form.get('email'));
    if (accountId === undefined) {
      const identity = { id: '', name: name ?? '', email: email ?? '' };
      const page = authorizePage({
        connector,
        action: providerPath(connector.id),
        request,
        identity,
        error: 'Enter an account ID.',
      });
      sendHtml(res, 400, page);
      return;
    }
    const userInfo: SocialUserInfo = {
      id: accountId,
      ...(name === undefined ? {} : { name }),
      ...(email === undefined ? {} : { email }),
      rawData: {
        id: accountId,
        name: name ?? null,
        email: email ?? null,
        provider: connector.target,
      },
    };
    const { code } = state.providerCodes.issue({ connectorId: connector.id, ...request, userInfo });
    answer(res, connector, request, { code });
  });
}
