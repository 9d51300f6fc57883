// Relative imports: next.config.ts loads this file outside the bundler's path aliases.
import { z } from 'zod';

import { AvatarHostsError, parseAvatarHosts } from './avatar-hosts';
import { resolveBaseUrl } from './base-url';
import { managementResourceFor } from './management/resource';
import { parseReturnOrigins } from './return-origins';

const optionalHost = z.string().trim().min(1).optional();

/** Every variable the portal reads. Secrets are never echoed back in errors. */
const envSchema = z.object({
  LOGTO_ENDPOINT: z.url({
    protocol: /^https?$/,
    error: 'must be the http(s) URL of your Logto tenant',
  }),
  LOGTO_APP_ID: z.string({ error: 'must be set to the Traditional Web app ID' }).trim().min(1, {
    error: 'must be set to the Traditional Web app ID',
  }),
  LOGTO_APP_SECRET: z.string({ error: 'must be set to the app secret' }).min(1, {
    error: 'must be set to the app secret',
  }),
  LOGTO_COOKIE_SECRET: z.string({ error: 'must be at least 32 characters' }).min(32, {
    error: 'must be at least 32 characters',
  }),
  LOGTO_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://account.example.com',
    })
    .optional(),
  LOGTO_CODE_RESEND_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(0, { error: 'must be 0 or more seconds' })
    .default(60),
  LOGTO_SETTINGS_CACHE_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(0, { error: 'must be 0 or more seconds' })
    .default(30),
  LOGTO_API_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(100, { error: 'must be at least 100 milliseconds' })
    .default(8000),
  LOGTO_AVATAR_HOSTS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseAvatarHosts(raw);
      } catch (error) {
        if (!(error instanceof AvatarHostsError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    }),
  LOGTO_PORTAL_NAME: z
    .string()
    .trim()
    .max(64, { error: 'must be at most 64 characters' })
    .optional(),
  LOGTO_RETURN_ORIGINS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const origins = parseReturnOrigins(raw);
      if (origins === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be a comma-separated list of origins such as https://app.example.com (scheme and host, no path)',
        });
        return z.NEVER;
      }
      return origins;
    }),
  LOGTO_M2M_APP_ID: z.string().trim().min(1).optional(),
  LOGTO_M2M_APP_SECRET: z.string().min(1).optional(),
  LOGTO_MANAGEMENT_RESOURCE: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://default.logto.app/api',
    })
    .optional(),
  LOGTO_SUPPORT_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://example.com/support',
    })
    .optional(),
  LOGTO_SUPPORT_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      error: 'must be a redis:// or rediss:// URL such as redis://localhost:6379',
    })
    .optional(),
  VERCEL_ENV: z.enum(['production', 'preview', 'development']).optional(),
  VERCEL_PROJECT_PRODUCTION_URL: optionalHost,
  VERCEL_BRANCH_URL: optionalHost,
  VERCEL_URL: optionalHost,
});

export type PortalConfig = {
  endpoint: string;
  appId: string;
  appSecret: string;
  cookieSecret: string;
  baseUrl: string;
  /** Secure cookies whenever the portal is served over HTTPS. */
  cookieSecure: boolean;
  /** How long one Account API call may take before the portal gives up. */
  apiTimeoutMs: number;
  /** How long the portal waits before offering to send another code to the same address. */
  codeResendSeconds: number;
  /** How long an instance reuses Logto's public settings (sign-in experience, account center). */
  settingsCacheSeconds: number;
  /** Hosts profile pictures may load from (CSP `img-src`); others show the initial instead. */
  avatarHosts: string[];
  /** The product name shown beside (or instead of) the tenant's logo. */
  portalName?: string;
  /** Origins an app may send users back to after a task (`?returnTo=`). */
  returnOrigins: string[];
  /** Sessions live in Redis (the cookie holds only an id) when set; secret, it may hold a password. */
  redisUrl?: string;
  /**
   * The machine-to-machine app that lets the portal use the Management API (account deletion,
   * security activity). Secret; server only.
   */
  m2m?: { appId: string; appSecret: string; resource: string };
  /** Who users contact when they can't do something themselves (delete their account). */
  support: { url?: string; email?: string };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** Parses the environment once; throws a ConfigError whose message is one line naming the variable. */
export function parseConfig(rawEnv: Env): PortalConfig {
  // Empty strings count as unset, as they do in most hosting dashboards.
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}`);
  }
  const parsed = result.data;
  if (Boolean(parsed.LOGTO_M2M_APP_ID) !== Boolean(parsed.LOGTO_M2M_APP_SECRET)) {
    const missing = parsed.LOGTO_M2M_APP_ID ? 'LOGTO_M2M_APP_SECRET' : 'LOGTO_M2M_APP_ID';
    throw new ConfigError(
      `${missing} must be set too: LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET go together`,
    );
  }
  const baseUrl = resolveBaseUrl(parsed);
  return {
    endpoint: withoutTrailingSlash(parsed.LOGTO_ENDPOINT),
    appId: parsed.LOGTO_APP_ID,
    appSecret: parsed.LOGTO_APP_SECRET,
    cookieSecret: parsed.LOGTO_COOKIE_SECRET,
    baseUrl,
    cookieSecure: baseUrl.startsWith('https://'),
    apiTimeoutMs: parsed.LOGTO_API_TIMEOUT_MS,
    codeResendSeconds: parsed.LOGTO_CODE_RESEND_SECONDS,
    settingsCacheSeconds: parsed.LOGTO_SETTINGS_CACHE_SECONDS,
    avatarHosts: parsed.LOGTO_AVATAR_HOSTS,
    portalName: parsed.LOGTO_PORTAL_NAME,
    returnOrigins: parsed.LOGTO_RETURN_ORIGINS,
    ...(parsed.REDIS_URL ? { redisUrl: parsed.REDIS_URL } : {}),
    ...(parsed.LOGTO_M2M_APP_ID && parsed.LOGTO_M2M_APP_SECRET
      ? {
          m2m: {
            appId: parsed.LOGTO_M2M_APP_ID,
            appSecret: parsed.LOGTO_M2M_APP_SECRET,
            resource:
              parsed.LOGTO_MANAGEMENT_RESOURCE ?? managementResourceFor(parsed.LOGTO_ENDPOINT),
          },
        }
      : {}),
    support: {
      ...(parsed.LOGTO_SUPPORT_URL ? { url: parsed.LOGTO_SUPPORT_URL } : {}),
      ...(parsed.LOGTO_SUPPORT_EMAIL ? { email: parsed.LOGTO_SUPPORT_EMAIL } : {}),
    },
  };
}
