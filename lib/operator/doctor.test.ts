import { describe, expect, it } from 'vitest';

import {
  MANAGEMENT_M2M_APP_ID,
  MANAGEMENT_M2M_APP_SECRET,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from '../../dev-identity/defaults';
import { PORTAL_URL, setUpHarness, type Harness } from '../../dev-identity/testing/harness';

import { doctorWarnings } from './dev-warnings';
import { runDoctor } from './doctor-command';
import { checklistLines, runCommand } from './test-support';

let h: Harness;

setUpHarness((harness) => {
  h = harness;
});

/** The portal's own environment, as `next start` would see it. */
const portalEnv = (overrides: Record<string, string | undefined> = {}) => ({
  LOGTO_ENDPOINT: h.url,
  LOGTO_APP_ID: PORTAL_CLIENT_ID,
  LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
  LOGTO_BASE_URL: PORTAL_URL,
  LOGTO_COOKIE_SECRET: 'doctor-test-cookie-secret-0123456789abcdef',
  ...overrides,
});

const withM2m = {
  LOGTO_M2M_APP_ID: MANAGEMENT_M2M_APP_ID,
  LOGTO_M2M_APP_SECRET: MANAGEMENT_M2M_APP_SECRET,
};

const tenantSnapshot = async () => ({
  accountCenter: await (await h.api('/api/.well-known/account-center')).json(),
  app: await h.control('GET', `/applications/${PORTAL_CLIENT_ID}`),
});

describe('logto:doctor', () => {
  it('is read-only: on a fresh tenant it reports, sends only GETs and the token request, and changes nothing', async () => {
    await h.control('POST', '/fresh-tenant');
    const before = await tenantSnapshot();
    const run = await runCommand(runDoctor, [], portalEnv(withM2m));
    expect(run.code).toBe(1);
    expect(run.requests.filter(({ method }) => method !== 'GET')).toEqual([
      { method: 'POST', path: '/oidc/token' },
    ]);
    expect(await tenantSnapshot()).toEqual(before);
    expect(checklistLines(run.stdout).filter((line) => line.startsWith('  ✘ '))).toEqual([
      expect.stringContaining('Account API is off'),
      expect.stringContaining('Every field the portal shows is Off'),
      expect.stringContaining(`Redirect URI ${PORTAL_URL}/callback is not registered`),
      expect.stringContaining(`Post sign-out redirect URI ${PORTAL_URL}/ is not registered`),
    ]);
    const printed = `${run.stdout}${run.stderr.join('')}`;
    for (const secret of [MANAGEMENT_M2M_APP_SECRET, PORTAL_CLIENT_SECRET, ...run.tokens])
      expect(printed).not.toContain(secret);
  });

  it('has no option that writes', async () => {
    for (const flag of ['--fix', '--dry-run', '--fields=name=Edit']) {
      const run = await runCommand(runDoctor, [flag], portalEnv(withM2m));
      expect(run.code).toBe(2);
      expect(run.stderr).toEqual([
        expect.stringContaining('is a logto:setup option: the doctor never writes'),
      ]);
    }
  });

  it('with the Management API, passes on the seeded tenant', async () => {
    const run = await runCommand(runDoctor, [], portalEnv(withM2m));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ App "account-portal" is a Traditional web app');
    expect(run.stdout).toContain(
      '✔ Portal: account deletion and security activity are on (GET /api/logs answers)',
    );
    expect(run.stdout).toContain(
      '✔ Email connector "Stand-in email": users can add and verify an email address',
    );
  });

  it('without M2M credentials, uses public endpoints and the provider itself', async () => {
    const run = await runCommand(runDoctor, [], portalEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('access  public endpoints only');
    expect(checklistLines(run.stdout)).toEqual([
      `  ✔ Logto answers at ${h.url} (OpenID configuration found)`,
      '  – Portal: account deletion and security activity are off (no LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET); "Delete account" links to deleteAccountUrl or the support contact',
      '  ✔ Account API is on',
      expect.stringMatching(
        /^ {2}✔ Account API fields: name, avatar, profile, email, phone, password, username, social Edit/,
      ),
      '  – App type not checked: it needs LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET',
      `  ✔ Redirect URI ${PORTAL_URL}/callback registered`,
      `  ✔ Post sign-out redirect URI ${PORTAL_URL}/ registered`,
      '  ✔ Email connector present: users can add and verify an email address',
      '  ✔ SMS connector present: users can add and verify a phone number',
      '  ✔ Social connectors people can link: GitHub, Google, Apple',
      '  – Two-step verification: no MFA factor is enabled (Console → Multi-factor auth)',
      `  – Passkeys are off, so ${PORTAL_URL} is not needed as a WebAuthn related origin yet (npm run logto:setup -- --fix adds it)`,
    ]);
    expect(run.requests.every(({ method }) => method === 'GET')).toBe(true);
  });

  it('reports the MFA factors, and whether the portal may register passkeys', async () => {
    await h.control('PUT', '/sign-in-experience', {
      mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'PromptAtSignInAndSignUp' },
    });
    const missing = await runCommand(runDoctor, [], portalEnv(withM2m));
    expect(missing.code).toBe(0);
    expect(checklistLines(missing.stdout).slice(-2)).toEqual([
      '  ✔ Two-step verification: Totp, WebAuthn, BackupCode enabled, policy PromptAtSignInAndSignUp',
      `  ✘ (optional) Passkeys: ${PORTAL_URL} is not a WebAuthn related origin, so adding a passkey in the portal fails. Run npm run logto:setup -- --fix`,
    ]);
    await h.control('PUT', '/account-center', { webauthnRelatedOrigins: [PORTAL_URL] });
    const listed = await runCommand(runDoctor, [], portalEnv());
    expect(listed.stdout).toContain(
      `  ✔ Passkeys: ${PORTAL_URL} is a WebAuthn related origin of the account center`,
    );
  });

  it('without M2M credentials, finds what a fresh tenant is missing and does not claim connectors it cannot see', async () => {
    await h.control('POST', '/fresh-tenant');
    await h.control('PUT', '/account-center', {
      enabled: true,
      fields: { name: 'Edit', email: 'Edit', phone: 'Edit' },
    });
    await h.control('PUT', '/policies', { connectors: { sms: false } });
    const run = await runCommand(runDoctor, [], portalEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✘ Redirect URI ${PORTAL_URL}/callback is not registered on "account-portal" (invalid_redirect_uri)`,
    );
    expect(run.stdout).toContain(
      "– SMS connector not confirmed: the public sign-in experience doesn't show one",
    );
    expect(run.stdout).toContain('– Social connectors not checked: the social field is Off');
  });

  it('names an unknown app once the provider says invalid_client', async () => {
    const run = await runCommand(runDoctor, [], portalEnv({ LOGTO_APP_ID: 'nope' }));
    expect(run.code).toBe(1);
    expect(checklistLines(run.stdout).filter((line) => line.includes('"nope"'))).toEqual([
      '  ✘ Logto does not know app "nope" (invalid_client): nobody can sign in. Check LOGTO_APP_ID',
    ]);
  });
});

describe('doctorWarnings (npm run dev)', () => {
  it('is silent when the tenant is ready', async () => {
    expect(await doctorWarnings(portalEnv())).toEqual([]);
  });

  it('gives one line per problem', async () => {
    await h.control('POST', '/fresh-tenant');
    await h.control('PUT', '/social-connectors', { connectors: [] });
    await h.control('PUT', '/account-center', { enabled: false, fields: { social: 'Edit' } });
    expect(await doctorWarnings(portalEnv())).toEqual([
      expect.stringMatching(/^Account API is off/),
      expect.stringMatching(/^Redirect URI .* is not registered/),
      expect.stringMatching(/^Post sign-out redirect URI .* is not registered/),
      "(optional) No social connector: users can't link social accounts",
    ]);
  });

  it('turns an unreachable tenant into one line and never throws', async () => {
    const lines = await doctorWarnings(portalEnv({ LOGTO_ENDPOINT: 'http://127.0.0.1:9' }), 500);
    expect(lines).toEqual([
      expect.stringMatching(/^logto:doctor: Cannot reach http:\/\/127\.0\.0\.1:9/),
    ]);
  });
});
