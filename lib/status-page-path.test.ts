import { describe, expect, it } from 'vitest';

import { parseStatusPageQuery, statusPagePath } from '@/lib/status-page-path';

describe('the status page for an account page Logto cannot serve', () => {
  it('is the 503 page while Logto is down, coming back to the page', () => {
    const path = statusPagePath({ kind: 'unavailable' }, '/account/security?tab=email');
    expect(path).toBe(
      '/unavailable?reason=unavailable&returnTo=%2Faccount%2Fsecurity%3Ftab%3Demail',
    );
    const url = new URL(path ?? '', 'http://portal.invalid');
    expect(parseStatusPageQuery(url.searchParams)).toEqual({
      kind: 'unavailable',
      retryAfter: undefined,
      retryHref: '/account/security?tab=email',
    });
  });

  it("is the 429 page while Logto rate-limits, with Logto's Retry-After", () => {
    const path = statusPagePath({ kind: 'rateLimited', retryAfter: 30 }, '/account');
    const url = new URL(path ?? '', 'http://portal.invalid');
    expect(parseStatusPageQuery(url.searchParams)).toEqual({
      kind: 'rateLimited',
      retryAfter: 30,
      retryHref: '/account',
    });
  });

  it.each(['disabled', 'misconfigured'])('is not used for %s: the page explains it', (kind) => {
    expect(statusPagePath({ kind }, '/account')).toBeUndefined();
  });

  it('reads a crafted query as the plain 503 page, back to the portal only', () => {
    const query = new URLSearchParams({
      reason: '<script>',
      retryAfter: '-5',
      returnTo: 'https://evil.example/',
    });
    expect(parseStatusPageQuery(query)).toEqual({
      kind: 'unavailable',
      retryAfter: undefined,
      retryHref: '/account',
    });
    expect(parseStatusPageQuery(new URLSearchParams({ retryAfter: '999999' })).retryAfter).toBe(
      86_400,
    );
  });
});
