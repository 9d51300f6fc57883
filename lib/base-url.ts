/** The variables that decide the portal's public origin (strings as the environment holds them). */
export type BaseUrlEnv = {
  LOGTO_BASE_URL?: string;
  VERCEL_ENV?: string;
  VERCEL_PROJECT_PRODUCTION_URL?: string;
  VERCEL_BRANCH_URL?: string;
  VERCEL_URL?: string;
};

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');
const present = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The portal's own origin: explicit setting, then Vercel's system variables, then localhost.
 * Pure and dependency-free, so middleware can use it too.
 */
export function resolveBaseUrl(env: BaseUrlEnv): string {
  const explicit = present(env.LOGTO_BASE_URL);
  if (explicit) return withoutTrailingSlash(explicit);
  // The production domain (custom domains included); the deployment's own URL if Vercel has none.
  const productionHost = present(env.VERCEL_PROJECT_PRODUCTION_URL) ?? present(env.VERCEL_URL);
  if (env.VERCEL_ENV === 'production' && productionHost) return `https://${productionHost}`;
  const previewHost = present(env.VERCEL_BRANCH_URL) ?? present(env.VERCEL_URL);
  if (env.VERCEL_ENV === 'preview' && previewHost) return `https://${previewHost}`;
  return 'http://localhost:3000';
}
