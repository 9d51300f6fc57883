import { describe, expect, it } from 'vitest';

import {
  brandingSourcesOf,
  contentSecurityPolicy,
  createNonce,
  securityHeaders,
  type SecurityHeaderOptions,
} from '@/lib/security/headers';

const production: SecurityHeaderOptions = {
  nonce: 'bm9uY2U=',
  dev: false,
  https: true,
  avatarHosts: [],
};

const directives = (csp: string) =>
  new Map(
    csp.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values] as const;
    }),
  );

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only through the nonce and strict-dynamic, never unsafe-inline', () => {
    const scripts = directives(contentSecurityPolicy(production)).get('script-src');
    expect(scripts).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy(production)).not.toContain("'unsafe-inline'");
  });

  it('forbids framing, plugins and base-URI changes, and leaves form-action alone', () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // Redirects after a form POST go to Logto and to social providers.
    expect(csp.has('form-action')).toBe(false);
  });

  it('lets images come from any https host, or only the listed ones, Logto and the logo hosts', () => {
    expect(directives(contentSecurityPolicy(production)).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https:',
    ]);
    const withHosts = contentSecurityPolicy({
      ...production,
      avatarHosts: ['cdn.example.com', '*.gravatar.com'],
      brandingSources: ['https://tenant.logto.app', 'https://logos.example.com'],
    });
    expect(directives(withHosts).get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://tenant.logto.app',
      'https://logos.example.com',
      'cdn.example.com',
      '*.gravatar.com',
    ]);
  });

  it("finds the origins of the tenant's logos in the sign-in experience", () => {
    expect(
      brandingSourcesOf({
        branding: { logoUrl: 'https://logos.example.com/a.png', darkLogoUrl: null },
        socialConnectors: [
          { logo: 'https://cdn.logto.io/g.svg', logoDark: 'data:image/png;base64,x' },
        ],
      }),
    ).toEqual(['https://logos.example.com', 'https://cdn.logto.io']);
    expect(brandingSourcesOf(null)).toEqual([]);
  });

  it('adds unsafe-eval and inline styles for next dev only', () => {
    const dev = directives(contentSecurityPolicy({ ...production, dev: true, https: false }));
    expect(dev.get('script-src')).toEqual([
      "'self'",
      "'nonce-bm9uY2U='",
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const prod = directives(contentSecurityPolicy(production));
    expect(prod.get('script-src')).not.toContain("'unsafe-eval'");
    expect(prod.get('style-src')).toEqual(["'self'", "'nonce-bm9uY2U='"]);
  });

  it('upgrades insecure requests only when served over https', () => {
    expect(directives(contentSecurityPolicy(production)).has('upgrade-insecure-requests')).toBe(
      true,
    );
    expect(
      directives(contentSecurityPolicy({ ...production, https: false })).has(
        'upgrade-insecure-requests',
      ),
    ).toBe(false);
  });
});

describe('securityHeaders', () => {
  const names = (options: SecurityHeaderOptions) => securityHeaders(options).map(([name]) => name);
  const header = (options: SecurityHeaderOptions, name: string) =>
    securityHeaders(options).find(([key]) => key === name)?.[1];

  it('sends HSTS only in production over https', () => {
    expect(header(production, 'Strict-Transport-Security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(names({ ...production, https: false })).not.toContain('Strict-Transport-Security');
    expect(names({ ...production, dev: true })).not.toContain('Strict-Transport-Security');
  });

  it('always sends the CSP, nosniff, a referrer policy and a permissions policy', () => {
    const options = { ...production, https: false };
    expect(header(options, 'Content-Security-Policy')).toBe(contentSecurityPolicy(options));
    expect(header(options, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(options, 'Referrer-Policy')).toBe('same-origin');
    expect(header(options, 'X-Frame-Options')).toBe('DENY');
  });

  it('turns off device features but keeps passkeys for the portal itself', () => {
    const policy = header(production, 'Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain('publickey-credentials-get=(self)');
    expect(policy).toContain('publickey-credentials-create=(self)');
  });
});
