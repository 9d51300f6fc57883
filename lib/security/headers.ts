/**
 * The security headers middleware.ts puts on every response. Pure and dependency-free: the
 * middleware runs it on every request, and unit tests call it directly.
 */

export type SecurityHeaderOptions = {
  /** Fresh per request; Next.js reads it back from the request's CSP header and stamps its scripts. */
  nonce: string;
  /** `next dev` needs `eval` (React rebuilds server error stacks in the browser with it). */
  dev: boolean;
  /** The portal is served over https (its base URL): HSTS and `upgrade-insecure-requests`. */
  https: boolean;
  /** `LOGTO_AVATAR_HOSTS`, already parsed: CSP host sources without a scheme. */
  avatarHosts: readonly string[];
  /**
   * With `avatarHosts` set: the other origins pictures may come from, namely the Logto endpoint
   * and the hosts of the tenant's logos.
   */
  brandingSources?: readonly string[];
};

/** The origins of the tenant's logo and connector logos in a sign-in experience answer. */
export function brandingSourcesOf(signInExperience: unknown): string[] {
  const body = signInExperience as {
    branding?: Record<string, unknown>;
    socialConnectors?: { logo?: unknown; logoDark?: unknown }[];
  } | null;
  const urls = [
    ...Object.values(body?.branding ?? {}),
    ...(body?.socialConnectors ?? []).flatMap((connector) => [connector.logo, connector.logoDark]),
  ];
  const origins = new Set<string>();
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    try {
      const { protocol, origin } = new URL(url);
      if (protocol === 'https:' || protocol === 'http:') origins.add(origin);
    } catch {
      // Not a URL (data: URIs parse, but are allowed anyway): nothing to add.
    }
  }
  return [...origins];
}

/** A fresh, unguessable CSP nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The Content-Security-Policy value for one response. */
export function contentSecurityPolicy({
  nonce,
  dev,
  https,
  avatarHosts,
  brandingSources = [],
}: SecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'strict-dynamic' trusts what the nonced framework scripts load; 'self' is the fallback for
    // browsers without it. No 'unsafe-inline': every inline script Next.js writes carries the nonce.
    [
      'script-src',
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // The dev overlay injects un-nonced <style> elements; production has none.
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    // Pictures may come from any https host, unless the operator narrowed that to a list of
    // avatar hosts: then only those, Logto itself and the tenant's logo hosts.
    avatarHosts.length
      ? ['img-src', "'self'", 'data:', 'blob:', ...brandingSources, ...avatarHosts]
      : ['img-src', "'self'", 'data:', 'blob:', 'https:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    // No form-action: Chrome applies it to every redirect after a form POST, and without
    // JavaScript the sign-out form and "Connect GitHub" POST to the portal, which answers with a
    // redirect to the Logto endpoint or to a social provider whose host is not known in advance.
    ...(https ? [['upgrade-insecure-requests'] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Browser features the portal never uses, switched off; passkeys (WebAuthn) stay allowed here. */
const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-create=(self)',
  'publickey-credentials-get=(self)',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Every security header for one response, CSP included. HSTS only when served over https. */
export function securityHeaders(options: SecurityHeaderOptions): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(options)],
    ...(options.https && !options.dev
      ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as [string, string]]
      : []),
    ['X-Content-Type-Options', 'nosniff'],
    // Same-origin requests keep their full referrer (and their Origin header, which Server
    // Actions check); other sites, the identity service included, get none.
    ['Referrer-Policy', 'same-origin'],
    ['Permissions-Policy', permissionsPolicy],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}
