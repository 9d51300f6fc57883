import type { IncomingMessage, ServerResponse } from 'node:http';

import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';

import { DEMO_PASSWORD, DEMO_USERNAME } from '../defaults';
import { parseForm, sendHtml } from '../http/io';
import type { RequestContext, Router } from '../http/router';
import type { StandInState } from '../state';

import { requestContext } from './audit';
import { messagePage, signInPage } from './pages';

export type InteractionDeps = {
  provider: Provider;
  state: StandInState;
  mode: 'dev' | 'test';
  portalUrl: string;
};

/** Interactions live under the provider's mount so their cookies stay on `/oidc/...`. */
export const interactionPath = (uid: string) => `/oidc/interaction/${encodeURIComponent(uid)}`;

const stringArray = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function expiredPage(res: ServerResponse, portalUrl: string): void {
  sendHtml(
    res,
    400,
    messagePage({
      title: 'Sign-in expired',
      message: 'This sign-in request has expired or was already used. Start again from the portal.',
      link: { href: `${portalUrl}/`, label: 'Back to the account portal' },
    }),
  );
}

async function loadInteraction(
  { req, res, params }: RequestContext,
  deps: InteractionDeps,
): Promise<Interaction | undefined> {
  try {
    const interaction = await deps.provider.interactionDetails(req, res);
    return interaction.uid === params.uid ? interaction : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The consent prompt is automatic for the first-party portal (Logto auto-consents first-party
 * apps too): grant every requested scope, claim and resource scope, then resume.
 */
async function autoConsent(
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
  provider: Provider,
): Promise<void> {
  const { details } = interaction.prompt;
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant =
    existing ??
    new provider.Grant({
      accountId,
      clientId: typeof clientId === 'string' ? clientId : undefined,
    });

  const missingScope = stringArray(details.missingOIDCScope);
  if (missingScope.length > 0) {
    grant.addOIDCScope(missingScope.join(' '));
  }
  const missingClaims = stringArray(details.missingOIDCClaims);
  if (missingClaims.length > 0) {
    grant.addOIDCClaims(missingClaims);
  }
  const resourceScopes = details.missingResourceScopes;
  if (resourceScopes && typeof resourceScopes === 'object') {
    for (const [indicator, scopes] of Object.entries(resourceScopes)) {
      grant.addResourceScope(indicator, stringArray(scopes).join(' '));
    }
  }
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/** `GET|POST /oidc/interaction/:uid`: the sign-in page and the automatic consent. */
export function registerInteractionRoutes(router: Router, deps: InteractionDeps): void {
  const { provider, state, mode, portalUrl } = deps;
  const demoHint = mode === 'dev' ? `Demo user: ${DEMO_USERNAME} / ${DEMO_PASSWORD}` : undefined;

  router.get('/oidc/interaction/:uid', async (ctx) => {
    const interaction = await loadInteraction(ctx, deps);
    if (!interaction) {
      expiredPage(ctx.res, portalUrl);
      return;
    }
    if (interaction.prompt.name === 'consent' && interaction.session?.accountId) {
      await autoConsent(ctx.req, ctx.res, interaction, provider);
      return;
    }
    const uiLocales = String(interaction.params.ui_locales ?? '');
    sendHtml(
      ctx.res,
      200,
      signInPage({ action: interactionPath(interaction.uid), demoHint, uiLocales }),
    );
  });

  router.post('/oidc/interaction/:uid', async (ctx) => {
    const interaction = await loadInteraction(ctx, deps);
    if (!interaction) {
      expiredPage(ctx.res, portalUrl);
      return;
    }
    const form = await parseForm(ctx.req);
    const username = form.get('username') ?? '';
    const password = form.get('password') ?? '';
    const user = state.users.authenticate(username.trim(), password);
    const known = state.users.findByUsername(username.trim());
    // Logto's experience API: one entry for the password check, one for the submitted sign-in.
    const common = {
      applicationId: stringArray([interaction.params.client_id])[0],
      sessionId: interaction.jti,
      interactionEvent: 'SignIn',
    };
    const request = requestContext(ctx.req);
    state.logs.add(
      'Interaction.SignIn.Verification.Password.Submit',
      {
        ...common,
        result: user && !user.isSuspended ? 'Success' : 'Error',
        ...(known ? { userId: known.id } : {}),
        payload: { identifier: { type: 'username', value: username }, password: '******' },
        ...(user && !user.isSuspended
          ? {}
          : {
              error: {
                code: user ? 'user.suspended' : 'session.invalid_credentials',
                message: user
                  ? 'This account is suspended.'
                  : 'Incorrect account or password. Please check your input.',
              },
            }),
      },
      request,
    );
    if (!user || user.isSuspended) {
      sendHtml(
        ctx.res,
        401,
        signInPage({
          action: interactionPath(interaction.uid),
          username,
          failed: true,
          demoHint,
          uiLocales: String(interaction.params.ui_locales ?? ''),
        }),
      );
      return;
    }
    state.users.update(user.id, { lastSignInAt: Date.now() }, { touch: false });
    // Kept in the result so the session can record it once the provider has logged it in.
    const signInContext = {
      ip: ctx.req.socket.remoteAddress,
      userAgent: ctx.req.headers['user-agent'],
      ...state.sessions.location,
    };
    state.logs.add(
      'Interaction.SignIn.Submit',
      { ...common, result: 'Success', userId: user.id },
      request,
    );
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: user.id }, signInContext },
      { mergeWithLastSubmission: false },
    );
  });
}
