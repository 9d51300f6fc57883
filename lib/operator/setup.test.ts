import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { beforeEach, describe, expect, it } from 'vitest';

import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../../dev-identity/defaults';
import { PORTAL_URL, setUpHarness, type Harness } from '../../dev-identity/testing/harness';

import { runSetup } from './setup-command';
import { checklistLines, runCommand, type Recorded } from './test-support';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

const env = (overrides: Record<string, string | undefined> = {}) => ({
  LOGTO_ENDPOINT: h.url,
  LOGTO_M2M_APP_ID: MANAGEMENT_M2M_APP_ID,
  LOGTO_M2M_APP_SECRET: MANAGEMENT_M2M_APP_SECRET,
  LOGTO_APP_ID: PORTAL_CLIENT_ID,
  LOGTO_BASE_URL: PORTAL_URL,
  ...overrides,
});

const setup = (
  argv: string[] = [],
  overrides?: Record<string, string | undefined>,
  timeoutMs?: number,
) => runCommand(runSetup, argv, env(overrides), timeoutMs);

type App = { oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] } };
const portalApp = () => h.control<App>('GET', `/applications/${PORTAL_CLIENT_ID}`);
const accountCenter = async () =>
  (await (await h.api('/api/.well-known/account-center')).json()) as {
    enabled: boolean;
    fields: Record<string, string>;
    webauthnRelatedOrigins: string[];
  };

const writes = (run: Recorded) => run.requests.filter(({ method }) => method === 'PATCH');

/** Nothing secret in what the operator sees: the M2M and portal secrets, any token, connector config. */
function expectNoSecrets(run: Recorded, secrets: string[] = []) {
  const printed = `${run.stdout}\n${run.stderr.join('\n')}`;
  for (const secret of [
    MANAGEMENT_M2M_APP_SECRET,
    PORTAL_CLIENT_SECRET,
    'config-secret',
    ...run.tokens,
    ...secrets,
  ]) {
    expect(printed).not.toContain(secret);
  }
}

/** One line on stderr, exit 1, nothing secret. */
function expectOneLineFailure(run: Recorded, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stderr).toHaveLength(1);
  expect(run.stderr[0]).toMatch(pattern);
  expectNoSecrets(run);
}

describe('logto:setup on a fresh tenant', () => {
  beforeEach(async () => {
    await h.control('POST', '/fresh-tenant');
  });

  it('enables the Account API, adds the redirect URIs with --fix, and ends all green', async () => {
    const run = await setup(['--fix']);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    expect(await accountCenter()).toMatchObject({
      enabled: true,
      fields: {
        name: 'Edit',
        avatar: 'Edit',
        profile: 'Edit',
        email: 'Edit',
        phone: 'Edit',
        password: 'Edit',
        username: 'Edit',
        social: 'Edit',
      },
    });
    expect((await portalApp()).oidcClientMetadata).toEqual({
      redirectUris: [`${PORTAL_URL}/callback`],
      postLogoutRedirectUris: [`${PORTAL_URL}/`],
    });
    const lines = checklistLines(run.stdout);
    expect(lines.length).toBeGreaterThanOrEqual(9);
    expect(lines.every((line) => line.startsWith('  ✔ '))).toBe(true);
    expect(run.stdout).toContain('All required checks passed.');
    expect(run.stdout).toContain('  enabled   false → true');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.tokens).toHaveLength(1);
    expectNoSecrets(run);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const before = await accountCenter();
    const run = await setup(['--dry-run', '--fix']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('dry run: nothing written');
    expect(run.stdout).toMatch(/^ {2}name +Off → Edit$/m);
    expect(run.stdout).toContain(`  + redirect URI ${PORTAL_URL}/callback`);
    expect(writes(run)).toEqual([]);
    expect(await accountCenter()).toEqual(before);
    expect((await portalApp()).oidcClientMetadata.redirectUris).toEqual([]);
  });

  it('without --fix enables the Account API but leaves the redirect URIs red', async () => {
    const run = await setup();
    expect(run.code).toBe(1);
    expect((await accountCenter()).enabled).toBe(true);
    expect(checklistLines(run.stdout).filter((line) => line.startsWith('  ✘ '))).toEqual([
      expect.stringContaining(`Redirect URI ${PORTAL_URL}/callback is not registered`),
      expect.stringContaining(`Post sign-out redirect URI ${PORTAL_URL}/ is not registered`),
    ]);
    expect(run.stdout).toContain('2 required checks failed.');
  });

  it("--fix adds the portal's origin to the WebAuthn related origins, keeping the others", async () => {
    await h.control('PUT', '/account-center', {
      webauthnRelatedOrigins: ['https://other.example.com'],
    });
    await h.control('PUT', '/sign-in-experience', { passkeySignIn: { enabled: true } });
    const dry = await setup(['--fix', '--dry-run']);
    expect(dry.stdout).toContain(`WebAuthn related origins (PATCH /api/account-center), dry run`);
    expect((await accountCenter()).webauthnRelatedOrigins).toEqual(['https://other.example.com']);
    const run = await setup(['--fix']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  + ${PORTAL_URL}`);
    expect(run.stdout).toContain(`✔ Passkeys: ${PORTAL_URL} is a WebAuthn related origin`);
    expect((await accountCenter()).webauthnRelatedOrigins).toEqual([
      'https://other.example.com',
      PORTAL_URL,
    ]);
  });

  it('--fix twice adds each URI once and writes nothing the second time', async () => {
    expect((await setup(['--fix'])).code).toBe(0);
    const again = await setup(['--fix']);
    expect(again.code).toBe(0);
    expect(writes(again)).toEqual([]);
    expect(again.stdout).toContain('Account API: already as chosen, nothing to write.');
    expect((await portalApp()).oidcClientMetadata).toEqual({
      redirectUris: [`${PORTAL_URL}/callback`],
      postLogoutRedirectUris: [`${PORTAL_URL}/`],
    });
  });
});

describe('logto:setup choices', () => {
  it('--fields changes only what differs and keeps the fields the portal does not use', async () => {
    const run = await setup(['--fields', 'phone=ReadOnly,social=Off']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}phone +Edit → ReadOnly$/m);
    expect(run.stdout).toContain(
      'kept as they are (not used by the portal): customData Edit, mfa Edit, session Edit',
    );
    expect((await accountCenter()).fields).toEqual({
      name: 'Edit',
      avatar: 'Edit',
      profile: 'Edit',
      email: 'Edit',
      phone: 'ReadOnly',
      password: 'Edit',
      username: 'Edit',
      social: 'Off',
      customData: 'Edit',
      mfa: 'Edit',
      session: 'Edit',
    });
    expect(run.stdout).toContain('– Social connectors not checked: the social field is Off');
  });

  it('says what a missing connector means for users, without failing', async () => {
    await h.control('PUT', '/policies', { connectors: { email: false } });
    await h.control('PUT', '/social-connectors', { connectors: [] });
    const run = await setup();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "✘ (optional) No email connector: users can't add or verify an email address",
    );
    expect(run.stdout).toContain(
      "✘ (optional) No social connector: users can't link social accounts",
    );
    expect(run.stdout).toContain('All required checks passed. 2 optional items missing.');
  });

  it('reports an unknown portal app as a red line', async () => {
    const run = await setup([], { LOGTO_APP_ID: 'nope' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ No application "nope" in this tenant: check LOGTO_APP_ID');
  });
});

describe('logto:setup failures', () => {
  it('a wrong secret: one line naming invalid_client, the secret not shown', async () => {
    const run = await setup(['--m2m-app-secret', 'wrong-secret-value']);
    expectOneLineFailure(
      run,
      /^logto:setup: Logto refused the machine-to-machine app "setup-m2m" \(invalid_client\)/,
    );
    expectNoSecrets(run, ['wrong-secret-value']);
  });

  it('an unreachable endpoint: one line', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await setup([], { LOGTO_ENDPOINT: `http://127.0.0.1:${port}` });
    expectOneLineFailure(
      run,
      /^logto:setup: Cannot reach http:\/\/127\.0\.0\.1:\d+ \(GET \/oidc\/\.well-known\/openid-configuration\): connection refused/,
    );
  });

  it('an endpoint that is not Logto: one line', async () => {
    const server: Server = createServer((_req, res) =>
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const run = await setup([], {
        LOGTO_ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      });
      expectOneLineFailure(
        run,
        /is not a Logto endpoint: no OpenID configuration at \/oidc\/\.well-known\/openid-configuration \(HTTP 404\)/,
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('an M2M app without the Management API role: one line, nothing written', async () => {
    await h.control('PUT', '/m2m', { hasManagementRole: false });
    const run = await setup(['--fix']);
    expectOneLineFailure(
      run,
      /no Management API access \(403 auth\.forbidden\): in Logto Console, assign it a role/,
    );
    expect(writes(run)).toEqual([]);
  });

  it('a wrong Management API resource: one line naming invalid_target', async () => {
    const run = await setup(['--management-resource', 'https://abc123.logto.app/api']);
    expectOneLineFailure(run, /\(invalid_target\): set --management-resource/);
  });

  it('a network failure mid-run: one line', async () => {
    await h.control('POST', '/faults', { path: '/api/account-center', delayMs: 1500 });
    const run = await setup([], {}, 300);
    expectOneLineFailure(
      run,
      /^logto:setup: Cannot reach http:\/\/localhost:\d+ \(GET \/api\/account-center\): no answer within 0\.3 s\.$/,
    );
  });

  it('usage problems exit 2 with one line; --help exits 0', async () => {
    for (const [argv, overrides, pattern] of [
      [['--bogus'], {}, /Unknown option '--bogus'/],
      [['--fields', 'name=Maybe'], {}, /"name" must be Edit, ReadOnly or Off/],
      [
        [],
        { LOGTO_M2M_APP_SECRET: undefined },
        /Set both LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET/,
      ],
      [[], { LOGTO_ENDPOINT: undefined }, /Set LOGTO_ENDPOINT/],
    ] as const) {
      const run = await setup([...argv], overrides);
      expect(run.code).toBe(2);
      expect(run.stderr).toEqual([expect.stringMatching(pattern)]);
      expect(run.requests).toEqual([]);
    }
    const help = await setup(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run logto:setup -- [options]');
  });
});
