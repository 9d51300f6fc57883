import { describe, expect, it } from 'vitest';

import { safeReturnTo } from '@/lib/auth/return-to';

describe('safeReturnTo', () => {
  it.each(['/account', '/account/security?tab=email', '/account#details'])(
    'keeps the same-origin path %s',
    (path) => {
      expect(safeReturnTo(path)).toBe(path);
    },
  );

  it.each([
    null,
    '',
    'account',
    'https://evil.example/account',
    '//evil.example/account',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/%2F%2Fevil.example',
  ])('falls back to /account for %s', (value) => {
    const result = safeReturnTo(value);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
    if (value !== '/%2F%2Fevil.example') expect(result).toBe('/account');
  });
});
