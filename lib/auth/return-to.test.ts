import { describe, expect, it } from 'vitest';

import {
  hasUnsavedFlag,
  maxReturnToLength,
  safeReturnTo,
  unsavedReturnTo,
} from '@/lib/auth/return-to';

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

  it('keeps a return address of exactly 512 characters', () => {
    const path = `/account?note=${'x'.repeat(maxReturnToLength - '/account?note='.length)}`;
    expect(path).toHaveLength(512);
    expect(safeReturnTo(path)).toBe(path);
  });

  it('falls back to /account for a return address longer than 512 characters', () => {
    expect(safeReturnTo(`/account?note=${'x'.repeat(600)}`)).toBe('/account');
  });

  it('falls back to /account when normalising makes the address too long', () => {
    // 400 characters typed, 1,200 once percent-encoded.
    expect(safeReturnTo(`/account?note=${'é'.repeat(200)}`)).toBe('/account');
  });
});

describe('unsavedReturnTo', () => {
  it('flags the page the form was posted from', () => {
    expect(unsavedReturnTo('/account/security')).toBe('/account/security?unsaved=1');
    expect(unsavedReturnTo('/account/security/verify?method=email')).toBe(
      '/account/security/verify?method=email&unsaved=1',
    );
  });

  it('flags /account when the page cannot be kept', () => {
    expect(unsavedReturnTo('https://evil.example/')).toBe('/account?unsaved=1');
    expect(unsavedReturnTo(`/account/security?${'x'.repeat(505)}`)).toBe('/account?unsaved=1');
  });

  it('is read back by hasUnsavedFlag', () => {
    expect(hasUnsavedFlag({ unsaved: '1' })).toBe(true);
    expect(hasUnsavedFlag({ unsaved: ['1', '0'] })).toBe(true);
    expect(hasUnsavedFlag({ unsaved: 'yes' })).toBe(false);
    expect(hasUnsavedFlag({})).toBe(false);
  });
});
