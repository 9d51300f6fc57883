import { randomBytes } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import { registerAccountApi } from './account-api';
import { registerSessionRoutes } from './account-api/sessions';
import { registerTrustedDeviceRoutes } from './account-api/trusted-devices';
import { registerUserAssetControls } from './account-api/user-assets';
import { registerAssetRoutes } from './assets/branding';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './defaults';
import { seedDevTenant } from './dev-seed';
import { BodyParseError, LogtoError } from './errors';
import { sendJson, sendText } from './http/io';
import { Router } from './http/router';
import { createManagementAuth, registerManagementApi } from './management-api';
import { auditTokenExchanges } from './oidc/audit';
import { registerInteractionRoutes } from './oidc/interactions';
import { generateSigningKey } from './oidc/keys';
import { createProvider } from './oidc/provider';
import { OidcStorage } from './oidc/storage';
import { registerProviderRoutes } from './provider/routes';
import { StandInState } from './state';
import { answerWithFault, registerTestControls } from './test-controls';
import { registerLogControls } from './test-logs';
import { registerMfaControls } from './test-mfa';
import { registerSessionControls } from './test-sessions';
import { registerSignInExperienceControls } from './test-sign-in-experience';
import { registerTenantControls } from './test-tenant';

export type StandInMode = 'dev' | 'test';

export type StandInOptions = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  portalUrl: string;
  /** `test` mounts the `/__test/*` controls; `dev` answers 404 there. */
  mode: StandInMode;
  /** Seconds; default 3600. */
  accessTokenTtl?: number;
  /** Print each verification code sent, one line on stdout; default true. */
  logCodes?: boolean;
  /**
   * Origin of the fake social provider pages in `authorizationUri`. Default: `http://127.0.0.1:<port>`
   * when the host is `localhost` (so the provider is another site than a portal on `localhost`),
   * 127.0.0.1 or a wildcard address; otherwise the stand-in's own URL.
   */
  providerOrigin?: string;
};

export type StandIn = {
  url: string;
  issuer: string;
  port: number;
  /** Where the fake social providers' pages live (see `StandInOptions.providerOrigin`). */
  providerOrigin: string;
  close(): Promise<void>;
};

const OIDC_PREFIX = '/oidc';

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) lets a client that
 * reuses a connection just as the server closes it see ECONNRESET; clients here (the portal, the
 * tests) keep theirs open between requests. Closing the server still ends idle connections.
 */
const keepAliveMs = 10 * 60_000;

function listen(server: Server, port: number, host: string): Promise<void> {
  server.keepAliveTimeout = keepAliveMs;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * `localhost` may resolve to 127.0.0.1 or ::1 depending on the client, so listen on both (the
 * IPv6 one is best effort). Any other host is used as given.
 */
async function listenAll(host: string, port: number, listener: RequestListener): Promise<Server[]> {
  const primary = createServer(listener);
  await listen(primary, port, host === 'localhost' ? '127.0.0.1' : host);
  if (host !== 'localhost') {
    return [primary];
  }
  const secondary = createServer(listener);
  try {
    await listen(secondary, (primary.address() as AddressInfo).port, '::1');
    return [primary, secondary];
  } catch {
    return [primary];
  }
}

function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (error instanceof LogtoError) {
    sendJson(res, error.status, error.toBody());
  } else if (error instanceof BodyParseError) {
    sendJson(res, error.status, { message: error.message });
  } else {
    console.error('[stand-in] unhandled error', error);
    sendJson(res, 500, { message: 'Internal server error.' });
  }
}

async function dispatch(
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const match = router.match(req.method ?? 'GET', url.pathname);
  if (match.kind === 'found') {
    await match.handler({ req, res, url, params: match.params });
  } else if (match.kind === 'method_not_allowed') {
    sendText(res, 405, 'Method Not Allowed', { allow: match.allowed.join(', ') });
  } else {
    sendText(res, 404, 'Not Found');
  }
}

/** Start the stand-in: OIDC under `/oidc`, the Account API under `/api`, one origin. */
export async function createStandIn(options: StandInOptions): Promise<StandIn> {
  const host = options.host ?? 'localhost';
  const portalUrl = options.portalUrl.replace(/\/+$/, '');
  let handle: RequestListener = (_req, res) => sendJson(res, 503, { message: 'Starting.' });
  const servers = await listenAll(host, options.port, (req, res) => handle(req, res));
  const { port } = servers[0]?.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const issuer = `${url}${OIDC_PREFIX}`;
  const loopback = ['localhost', '127.0.0.1', '0.0.0.0', '::'].includes(host);
  const providerOrigin = (
    options.providerOrigin ?? (loopback ? `http://127.0.0.1:${port}` : url)
  ).replace(/\/+$/, '');

  const state = new StandInState(
    options.accessTokenTtl ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    portalUrl,
  );
  if (options.mode === 'dev') {
    seedDevTenant(state, { origin: url, portalUrl });
  }
  const storage = new OidcStorage();
  const signingKey = await generateSigningKey();
  const cookieKeys = [randomBytes(32).toString('base64url')];
  const provider = createProvider({ issuer, portalUrl, state, storage, signingKey, cookieKeys });
  provider.on('server_error', (_ctx, error) =>
    console.error('[stand-in] oidc-provider error', error),
  );
  auditTokenExchanges(provider, state, storage);
  const oidc = provider.callback();

  const appRouter = new Router();
  registerInteractionRoutes(appRouter, { provider, state, mode: options.mode, portalUrl });
  registerAccountApi(
    appRouter,
    { provider, state },
    { logCodes: options.logCodes ?? true, providerOrigin },
  );
  registerSessionRoutes(appRouter, { provider, state }, storage);
  registerTrustedDeviceRoutes(appRouter, { provider, state });
  registerProviderRoutes(appRouter, { state });
  registerAssetRoutes(appRouter);
  registerManagementApi(appRouter, {
    state,
    provider,
    storage,
    authenticate: createManagementAuth(issuer, signingKey),
  });
  const testRouter = options.mode === 'test' ? new Router() : undefined;
  if (testRouter) {
    registerTestControls(testRouter, { provider, storage, state });
    registerTenantControls(testRouter, { state });
    registerUserAssetControls(testRouter, { state });
    registerSignInExperienceControls(testRouter, { state });
    registerMfaControls(testRouter, { state });
    registerSessionControls(testRouter, { provider, storage, state });
    registerLogControls(testRouter, { state });
  }

  handle = async (req, res) => {
    const requestUrl = new URL(req.url ?? '/', url);
    const path = requestUrl.pathname;
    try {
      if (path === '/health') {
        sendJson(res, 200, { status: 'ok' });
        return;
      }
      if (path === '/__test' || path.startsWith('/__test/')) {
        await (testRouter
          ? dispatch(testRouter, req, res, requestUrl)
          : sendText(res, 404, 'Not Found'));
        return;
      }
      const fault = state.faults.take(req.method ?? 'GET', path);
      if (fault && (await answerWithFault(fault, req, res))) {
        return;
      }
      if (
        (path === OIDC_PREFIX || path.startsWith(`${OIDC_PREFIX}/`)) &&
        !path.startsWith('/oidc/interaction/')
      ) {
        // oidc-provider routes relative to its mount and rebuilds absolute URLs from
        // `req.originalUrl`, the way Express or koa-mount would leave it.
        const original = req.url ?? '/';
        const rest = original.slice(OIDC_PREFIX.length);
        Object.assign(req, { originalUrl: original });
        req.url = rest.startsWith('/') ? rest : `/${rest}`;
        await oidc(req, res);
        return;
      }
      await dispatch(appRouter, req, res, requestUrl);
    } catch (error: unknown) {
      sendError(res, error);
    }
  };

  return {
    url,
    issuer,
    port,
    providerOrigin,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
