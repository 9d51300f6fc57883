import { z } from 'zod';

const optionalHost = z.string().trim().min(1).optional();

/** Every variable the portal reads. Secrets are never echoed back in errors. */
const envSchema = z.object({
  LOGTO_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of your Logto tenant' }),
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
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://account.example.com' })
    .optional(),
  LOGTO_API_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(100, { error: 'must be at least 100 milliseconds' })
    .default(8000),
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
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** The portal's own origin: explicit setting, then Vercel's system variables, then localhost. */
export function resolveBaseUrl(env: z.infer<typeof envSchema>): string {
  if (env.LOGTO_BASE_URL) return withoutTrailingSlash(env.LOGTO_BASE_URL);
  if (env.VERCEL_ENV === 'production' && env.VERCEL_PROJECT_PRODUCTION_URL) {
    return `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`;
  }
  const previewHost = env.VERCEL_BRANCH_URL ?? env.VERCEL_URL;
  if (env.VERCEL_ENV === 'preview' && previewHost) return `https://${previewHost}`;
  return 'http://localhost:3000';
}

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
  const baseUrl = resolveBaseUrl(parsed);
  return {
    endpoint: withoutTrailingSlash(parsed.LOGTO_ENDPOINT),
    appId: parsed.LOGTO_APP_ID,
    appSecret: parsed.LOGTO_APP_SECRET,
    cookieSecret: parsed.LOGTO_COOKIE_SECRET,
    baseUrl,
    cookieSecure: baseUrl.startsWith('https://'),
    apiTimeoutMs: parsed.LOGTO_API_TIMEOUT_MS,
  };
}
