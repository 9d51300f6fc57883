import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseDoctorArgs, parseSetupArgs } from './args';
import { pass, renderCheck, warn } from './checklist';
import { chooseFields, parseFieldsFlag, planAccountCenter } from './fields';
import { createOutput } from './output';
import { managementResourceFor, portalBaseUrl } from './tenant';

const base = {
  LOGTO_ENDPOINT: 'https://abc123.logto.app/',
  LOGTO_M2M_APP_ID: 'm2m',
  LOGTO_M2M_APP_SECRET: 'm2m-secret',
};

describe('the Management API resource', () => {
  it('names the Logto Cloud tenant, else the self-hosted default', () => {
    expect(managementResourceFor('https://abc123.logto.app')).toBe('https://abc123.logto.app/api');
    expect(managementResourceFor('https://auth.example.com')).toBe('https://default.logto.app/api');
    expect(managementResourceFor('http://localhost:3001')).toBe('https://default.logto.app/api');
  });

  it('can be set explicitly', () => {
    const options = parseSetupArgs(['--management-resource', 'https://xyz.logto.app/api'], base);
    expect(options).toMatchObject({
      endpoint: 'https://abc123.logto.app',
      resource: 'https://xyz.logto.app/api',
    });
  });
});

describe('the portal base URL', () => {
  it('follows the flag, then LOGTO_BASE_URL, then Vercel, then localhost, like the portal', () => {
    expect(portalBaseUrl('https://flag.example/', { LOGTO_BASE_URL: 'https://env.example' })).toBe(
      'https://flag.example',
    );
    expect(portalBaseUrl(undefined, { LOGTO_BASE_URL: 'https://env.example/' })).toBe(
      'https://env.example',
    );
    expect(
      portalBaseUrl(undefined, { VERCEL_ENV: 'preview', VERCEL_BRANCH_URL: 'p-git-x.vercel.app' }),
    ).toBe('https://p-git-x.vercel.app');
    expect(portalBaseUrl(undefined, {})).toBe('http://localhost:3000');
  });
});

describe('field choices', () => {
  it('default every portal field to Edit, with overrides', () => {
    expect(chooseFields(parseFieldsFlag('name=ReadOnly, phone=Off'))).toEqual({
      name: 'ReadOnly',
      avatar: 'Edit',
      profile: 'Edit',
      email: 'Edit',
      phone: 'Off',
      password: 'Edit',
      username: 'Edit',
      social: 'Edit',
    });
  });

  it('read a JSON file, and refuse both sources at once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fields-')), 'fields.json');
    writeFileSync(file, JSON.stringify({ avatar: 'ReadOnly' }));
    expect(parseSetupArgs(['--fields-file', file], base)).toMatchObject({
      fields: { avatar: 'ReadOnly', name: 'Edit' },
    });
    expect(() => parseSetupArgs(['--fields-file', file, '--fields', 'name=Edit'], base)).toThrow(
      'not both',
    );
    writeFileSync(file, '["name"]');
    expect(() => parseSetupArgs(['--fields-file', file], base)).toThrow('must be a JSON object');
  });

  it('plan a PATCH that keeps the fields the portal does not use, and none when nothing differs', () => {
    const current = { enabled: true, fields: { name: 'ReadOnly', mfa: 'Edit', passkey: 'Off' } };
    const plan = planAccountCenter(current, chooseFields());
    expect(plan.changes[0]).toEqual({ key: 'name', before: 'ReadOnly', after: 'Edit' });
    expect(plan.patch?.fields).toMatchObject({
      mfa: 'Edit',
      passkey: 'Off',
      name: 'Edit',
      social: 'Edit',
    });
    expect(plan.kept).toEqual([
      { key: 'mfa', mode: 'Edit' },
      { key: 'passkey', mode: 'Off' },
    ]);
    expect(
      planAccountCenter({ enabled: true, fields: plan.patch?.fields ?? {} }, chooseFields()).patch,
    ).toBeUndefined();
  });
});

describe('doctor arguments', () => {
  it('need no M2M credentials, but both or neither', () => {
    expect(parseDoctorArgs([], { LOGTO_ENDPOINT: 'http://localhost:3001' })).toMatchObject({
      m2m: undefined,
      appId: undefined,
    });
    expect(() =>
      parseDoctorArgs([], { LOGTO_ENDPOINT: 'http://localhost:3001', LOGTO_M2M_APP_ID: 'x' }),
    ).toThrow('only the ID is set');
  });
});

describe('output', () => {
  it('never lets a registered secret through', () => {
    const lines: string[] = [];
    const out = createOutput({
      env: {},
      stdout: (line) => lines.push(line),
      stderr: (line) => lines.push(line),
      color: false,
      timeoutMs: 1,
    });
    out.secret('super-secret-token');
    out.line('token: super-secret-token.');
    out.error('again super-secret-token');
    expect(lines).toEqual(['token: [redacted].', 'again [redacted]']);
  });

  it('colours marks only when asked', () => {
    expect(renderCheck(pass('ok'), false)).toBe('  ✔ ok');
    expect(renderCheck(warn('no SMS'), false)).toBe('  ✘ (optional) no SMS');
    expect(renderCheck(pass('ok'), true)).toBe('  \u001b[32m✔\u001b[0m ok');
  });
});
