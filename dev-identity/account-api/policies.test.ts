import { describe, expect, it } from 'vitest';

import { LogtoError } from '../errors';
import { defaultPasswordPolicy, defaultUsernamePolicy } from '../state/sign-in-experience';

import { assertEmailAllowed } from './email-policy';
import { checkPassword } from './password-policy';
import { usernameViolation } from './username';

const codes = (password: string, userInfo = {}) =>
  checkPassword(password, defaultPasswordPolicy(), userInfo).map((issue) => issue.code);

describe('password policy checker (§6.8)', () => {
  it('accepts ordinary passwords', () => {
    expect(codes('correct-horse-battery')).toEqual([]);
    expect(codes('abc-Plum-Tree')).toEqual([]);
  });

  it('finds reversed sequences and keyboard columns, case-insensitively', () => {
    expect(codes('9876543210')).toEqual(['password_rejected.restricted.sequence']);
    expect(codes('1QAZ2wsx3EDC')).toEqual(['password_rejected.restricted.sequence']);
    expect(codes('AaAaAaAa')).toEqual(['password_rejected.restricted.repetition']);
  });

  it('matches the name, its words, the email local part and the phone', () => {
    const user = { name: 'Grace Hopper', email: 'gh.navy@example.com', phoneNumber: '4478163092' };
    expect(codes('GraceHopper!', user)).toEqual(['password_rejected.restricted.user_info']);
    expect(codes('hopper-9', user)).toEqual(['password_rejected.restricted.user_info']);
    // Six of nine characters restricted: within the tolerance of three free ones.
    expect(codes('hopper-9x', user)).toEqual([]);
    expect(codes('gh.navy-1', user)).toEqual(['password_rejected.restricted.user_info']);
    expect(codes('Z4478163092', user)).toEqual(['password_rejected.restricted.user_info']);
    expect(codes('x15551234567', { phoneNumber: '15551234567' })).toEqual([
      'password_rejected.restricted.user_info',
      'password_rejected.restricted.repetition',
      'password_rejected.restricted.sequence',
    ]);
  });
});

describe('username policy (§6.9)', () => {
  it('applies the floor first, then the tenant policy', () => {
    const strict = {
      ...defaultUsernamePolicy(),
      minLength: 4,
      allowedChars: { lowercase: true, uppercase: false, numbers: false, underscore: false },
    };
    expect(usernameViolation('', strict)).toBe('required');
    expect(usernameViolation('1abc', strict)).toBe('starts_with_number');
    expect(usernameViolation('ab-c', strict)).toBe('invalid_charset_hard');
    expect(usernameViolation('abc', strict)).toBe('too_short');
    expect(usernameViolation('Abcd', strict)).toBe('uppercase_not_allowed');
    expect(usernameViolation('abcd1', strict)).toBe('numbers_not_allowed');
    expect(usernameViolation('ab_cd', strict)).toBe('underscore_not_allowed');
    expect(usernameViolation('abcd', strict)).toBeUndefined();
    expect(usernameViolation('x'.repeat(129), defaultUsernamePolicy())).toBe('too_long');
  });
});

describe('email policy (§3.3 step 5)', () => {
  const code = (email: string, policy: Parameters<typeof assertEmailAllowed>[1]) => {
    try {
      assertEmailAllowed(email, policy);
      return undefined;
    } catch (error: unknown) {
      return error instanceof LogtoError ? error.code : error;
    }
  };

  it('blocks subaddressing, domains, addresses and wildcards case-insensitively', () => {
    expect(code('a+tag@x.io', { blockSubaddressing: true })).toBe(
      'session.email_blocklist.email_subaddressing_not_allowed',
    );
    expect(code('a+tag@x.io', {})).toBeUndefined();
    expect(code('A@Blocked.io', { customBlocklist: ['@blocked.io'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('Foo@Bar.com', { customBlocklist: ['foo@bar.com'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('FooBar@bar.com', { customBlocklist: ['foo*@bar.com'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('test@Foo.example.com', { customBlocklist: ['@*.example.com'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('test@example.com', { customBlocklist: ['@*.example.com'] })).toBeUndefined();
  });

  it('treats googlemail as gmail and ignores Gmail dots', () => {
    expect(code('a.d.a@googlemail.com', { customBlocklist: ['ada@gmail.com'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('a.d.a@example.com', { customBlocklist: ['ada@example.com'] })).toBeUndefined();
  });

  it('requires a match on a non-empty allowlist, and still applies the blocklist', () => {
    expect(code('x@other.io', { customAllowlist: ['@allowed.io'] })).toBe(
      'session.email_blocklist.email_not_allowed',
    );
    expect(code('x@Allowed.io', { customAllowlist: ['@allowed.io'] })).toBeUndefined();
    expect(code('x@other.io', { customAllowlist: [] })).toBeUndefined();
    expect(
      code('x@allowed.io', { customAllowlist: ['@allowed.io'], customBlocklist: ['x@allowed.io'] }),
    ).toBe('session.email_blocklist.email_not_allowed');
  });
});
