import { resolveBaseUrl } from '@/lib/base-url';

import { usageError } from './errors';

type Env = Readonly<Record<string, string | undefined>>;

/** A value from a flag, else from the environment; blank counts as unset. */
export const pick = (flag: string | undefined, env: Env, name: string): string | undefined =>
  (flag ?? env[name])?.trim() || undefined;

/** An http(s) URL without trailing slashes, or a usage error naming where it came from. */
export function httpUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`${source} must be an http(s) URL, got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`${source} must be an http(s) URL, got "${value}".`);
  }
  return value.replace(/\/+$/, '');
}

export { managementResourceFor } from '../management/resource';

/** The portal's public origin, resolved exactly as the portal resolves it. */
export function portalBaseUrl(flag: string | undefined, env: Env): string {
  const source = flag === undefined ? 'LOGTO_BASE_URL' : '--base-url';
  return httpUrl(
    resolveBaseUrl({ ...env, LOGTO_BASE_URL: pick(flag, env, 'LOGTO_BASE_URL') }),
    source,
  );
}

/** Where the portal's redirects land: `<base>/callback` to sign in, `<base>/` after sign-out. */
export const portalRedirects = (baseUrl: string) => ({
  signIn: `${baseUrl}/callback`,
  signOut: `${baseUrl}/`,
});
