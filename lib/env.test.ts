import { describe, expect, it } from 'vitest';

import { parseConfig } from '@/lib/env';

const valid = {
  LOGTO_ENDPOINT: 'https://tenant.logto.app/',
  LOGTO_APP_ID: 'app',
  LOGTO_APP_SECRET: 'secret',
  LOGTO_COOKIE_SECRET: 'x'.repeat(32),
};

describe('parseConfig', () => {
  it('parses a complete environment', () => {
    expect(parseConfig(valid)).toEqual({
      endpoint: 'https://tenant.logto.app',
      appId: 'app',
      appSecret: 'secret',
      cookieSecret: 'x'.repeat(32),
      baseUrl: 'http://localhost:3000',
      cookieSecure: false,
      apiTimeoutMs: 8000,
      codeResendSeconds: 60,
      settingsCacheSeconds: 30,
      avatarHosts: [],
      returnOrigins: [],
      support: {},
    });
  });

  it('reads the machine-to-machine app, both halves or neither, and the support contact', () => {
    const config = parseConfig({
      ...valid,
      LOGTO_M2M_APP_ID: 'm2m',
      LOGTO_M2M_APP_SECRET: 'm2m-secret',
      LOGTO_SUPPORT_EMAIL: 'help@example.com',
    });
    expect(config.m2m).toEqual({
      appId: 'm2m',
      appSecret: 'm2m-secret',
      resource: 'https://tenant.logto.app/api',
    });
    expect(config.support).toEqual({ email: 'help@example.com' });
    expect(
      parseConfig({
        ...valid,
        LOGTO_M2M_APP_ID: 'm2m',
        LOGTO_M2M_APP_SECRET: 's',
        LOGTO_MANAGEMENT_RESOURCE: 'https://default.logto.app/api',
      }).m2m?.resource,
    ).toBe('https://default.logto.app/api');
    expect(() => parseConfig({ ...valid, LOGTO_M2M_APP_ID: 'm2m' })).toThrow(
      /^LOGTO_M2M_APP_SECRET must be set too/,
    );
    expect(() => parseConfig({ ...valid, LOGTO_SUPPORT_URL: 'nope' })).toThrow(
      /^LOGTO_SUPPORT_URL must be an http\(s\) URL/,
    );
  });

  it('reads the portal name and the origins apps may return to', () => {
    const config = parseConfig({
      ...valid,
      LOGTO_PORTAL_NAME: 'Acme',
      LOGTO_RETURN_ORIGINS: 'https://app.example.com',
    });
    expect(config.portalName).toBe('Acme');
    expect(config.returnOrigins).toEqual(['https://app.example.com']);
    expect(() => parseConfig({ ...valid, LOGTO_RETURN_ORIGINS: 'https://x.com/path' })).toThrow(
      /^LOGTO_RETURN_ORIGINS must be a comma-separated list of origins/,
    );
  });

  it.each([
    ['LOGTO_ENDPOINT', undefined, 'LOGTO_ENDPOINT must be the http(s) URL of your Logto tenant'],
    [
      'LOGTO_ENDPOINT',
      'ftp://tenant',
      'LOGTO_ENDPOINT must be the http(s) URL of your Logto tenant',
    ],
    ['LOGTO_APP_ID', '', 'LOGTO_APP_ID must be set to the Traditional Web app ID'],
    ['LOGTO_APP_SECRET', undefined, 'LOGTO_APP_SECRET must be set to the app secret'],
    ['LOGTO_COOKIE_SECRET', 'short', 'LOGTO_COOKIE_SECRET must be at least 32 characters'],
    [
      'LOGTO_BASE_URL',
      'not a url',
      'LOGTO_BASE_URL must be an http(s) URL such as https://account.example.com',
    ],
    ['LOGTO_API_TIMEOUT_MS', 'soon', 'LOGTO_API_TIMEOUT_MS must be a number of milliseconds'],
    ['LOGTO_CODE_RESEND_SECONDS', '-1', 'LOGTO_CODE_RESEND_SECONDS must be 0 or more seconds'],
    [
      'LOGTO_SETTINGS_CACHE_SECONDS',
      'a minute',
      'LOGTO_SETTINGS_CACHE_SECONDS must be a number of seconds',
    ],
    [
      'LOGTO_AVATAR_HOSTS',
      'https://cdn.example.com',
      'LOGTO_AVATAR_HOSTS must be a comma-separated list of host names',
    ],
    [
      'REDIS_URL',
      'localhost:6379',
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    ],
    [
      'REDIS_URL',
      'https://cache.example.com',
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    ],
  ])('names %s when it is %s', (name, value, message) => {
    expect(() => parseConfig({ ...valid, [name]: value })).toThrow(message);
  });

  it('never echoes a secret in its error', () => {
    expect(() => parseConfig({ ...valid, LOGTO_COOKIE_SECRET: 'hunter2' })).toThrow(
      /^LOGTO_COOKIE_SECRET must be at least 32 characters$/,
    );
  });
});

describe('optional variables', () => {
  it('reads the avatar hosts as a list', () => {
    expect(
      parseConfig({ ...valid, LOGTO_AVATAR_HOSTS: 'cdn.example.com, *.gravatar.com' }).avatarHosts,
    ).toEqual(['cdn.example.com', '*.gravatar.com']);
    expect(parseConfig({ ...valid, LOGTO_AVATAR_HOSTS: '' }).avatarHosts).toEqual([]);
  });

  it('keeps sessions in the cookie unless REDIS_URL is set', () => {
    expect(parseConfig(valid)).not.toHaveProperty('redisUrl');
    expect(parseConfig({ ...valid, REDIS_URL: '' })).not.toHaveProperty('redisUrl');
    expect(parseConfig({ ...valid, REDIS_URL: 'redis://localhost:6379' }).redisUrl).toBe(
      'redis://localhost:6379',
    );
    expect(
      parseConfig({ ...valid, REDIS_URL: 'rediss://default:pw@cache.example.com:6380/0' }).redisUrl,
    ).toBe('rediss://default:pw@cache.example.com:6380/0');
  });

  it('never echoes a Redis password in its error', () => {
    expect(() => parseConfig({ ...valid, REDIS_URL: 'http://user:hunter2@cache' })).toThrow(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL such as redis:\/\/localhost:6379$/,
    );
  });
});

describe('base URL resolution', () => {
  const baseUrl = (env: Record<string, string>) => parseConfig({ ...valid, ...env }).baseUrl;

  it('prefers LOGTO_BASE_URL over everything, without a trailing slash', () => {
    expect(
      baseUrl({
        LOGTO_BASE_URL: 'https://account.example.com/',
        VERCEL_ENV: 'production',
        VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app',
      }),
    ).toBe('https://account.example.com');
  });

  it('uses the production domain in Vercel production', () => {
    expect(
      baseUrl({
        VERCEL_ENV: 'production',
        VERCEL_PROJECT_PRODUCTION_URL: 'account.example.com',
        VERCEL_URL: 'p-abc.vercel.app',
      }),
    ).toBe('https://account.example.com');
  });

  it('uses the branch URL, then the deployment URL, in Vercel previews', () => {
    expect(
      baseUrl({
        VERCEL_ENV: 'preview',
        VERCEL_BRANCH_URL: 'p-git-x.vercel.app',
        VERCEL_URL: 'p-abc.vercel.app',
      }),
    ).toBe('https://p-git-x.vercel.app');
    expect(baseUrl({ VERCEL_ENV: 'preview', VERCEL_URL: 'p-abc.vercel.app' })).toBe(
      'https://p-abc.vercel.app',
    );
  });

  it('uses the deployment URL in Vercel production when there is no production domain', () => {
    expect(baseUrl({ VERCEL_ENV: 'production', VERCEL_URL: 'p-abc.vercel.app' })).toBe(
      'https://p-abc.vercel.app',
    );
    expect(baseUrl({ VERCEL_ENV: 'production', VERCEL_BRANCH_URL: 'p-git-main.vercel.app' })).toBe(
      'http://localhost:3000',
    );
  });

  it('ignores the production domain in previews and the preview URLs without VERCEL_ENV', () => {
    expect(
      baseUrl({ VERCEL_ENV: 'preview', VERCEL_PROJECT_PRODUCTION_URL: 'account.example.com' }),
    ).toBe('http://localhost:3000');
    expect(
      baseUrl({
        VERCEL_PROJECT_PRODUCTION_URL: 'account.example.com',
        VERCEL_BRANCH_URL: 'b.vercel.app',
        VERCEL_URL: 'u.vercel.app',
      }),
    ).toBe('http://localhost:3000');
  });

  it('treats empty values as unset', () => {
    expect(
      baseUrl({
        LOGTO_BASE_URL: '',
        VERCEL_ENV: 'preview',
        VERCEL_BRANCH_URL: '',
        VERCEL_URL: 'p-abc.vercel.app',
      }),
    ).toBe('https://p-abc.vercel.app');
  });

  it('falls back to localhost in development and outside Vercel', () => {
    expect(baseUrl({ VERCEL_ENV: 'development', VERCEL_URL: 'p-abc.vercel.app' })).toBe(
      'http://localhost:3000',
    );
    expect(baseUrl({})).toBe('http://localhost:3000');
  });

  it('sets secure cookies only over https', () => {
    expect(parseConfig({ ...valid, LOGTO_BASE_URL: 'https://a.example.com' }).cookieSecure).toBe(
      true,
    );
    expect(parseConfig(valid).cookieSecure).toBe(false);
  });
});
