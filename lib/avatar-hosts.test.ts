import { describe, expect, it } from 'vitest';

import {
  allowedAvatarUrl,
  avatarUrlProblem,
  isAllowedAvatarUrl,
  parseAvatarHosts,
} from '@/lib/avatar-hosts';

describe('parseAvatarHosts', () => {
  it('reads a comma-separated list, trimmed, lower-cased and without repeats', () => {
    expect(
      parseAvatarHosts(' CDN.example.com, *.gravatar.com ,,localhost:3501, cdn.example.com'),
    ).toEqual(['cdn.example.com', '*.gravatar.com', 'localhost:3501']);
  });

  it('is empty when unset or blank', () => {
    expect(parseAvatarHosts(undefined)).toEqual([]);
    expect(parseAvatarHosts(' , ')).toEqual([]);
  });

  it.each([
    'https://cdn.example.com',
    'cdn.example.com/avatars',
    '*',
    '*.com',
    '*.com.*',
    'a b.example',
    'cdn.example.com:99999',
    "'self'",
    'data:',
  ])('refuses %s, naming it', (entry) => {
    expect(() => parseAvatarHosts(entry)).toThrow(`"${entry.toLowerCase()}" is not one`);
  });
});

describe('isAllowedAvatarUrl', () => {
  const hosts = ['cdn.example.com', '*.gravatar.com', 'localhost:3501'];

  it('allows an exact host on http or https with the default port', () => {
    expect(isAllowedAvatarUrl('https://cdn.example.com/a.png', hosts)).toBe(true);
    expect(isAllowedAvatarUrl('http://cdn.example.com/a.png', hosts)).toBe(true);
    expect(isAllowedAvatarUrl('https://CDN.Example.com/a.png', hosts)).toBe(true);
  });

  it('matches a wildcard against subdomains only', () => {
    expect(isAllowedAvatarUrl('https://www.gravatar.com/avatar/1', hosts)).toBe(true);
    expect(isAllowedAvatarUrl('https://a.b.gravatar.com/avatar/1', hosts)).toBe(true);
    expect(isAllowedAvatarUrl('https://gravatar.com/avatar/1', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('https://evilgravatar.com/avatar/1', hosts)).toBe(false);
  });

  it('compares ports as CSP does', () => {
    expect(isAllowedAvatarUrl('http://localhost:3501/a.png', hosts)).toBe(true);
    expect(isAllowedAvatarUrl('http://localhost/a.png', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('https://cdn.example.com:8443/a.png', hosts)).toBe(false);
  });

  it('refuses other hosts, look-alikes, other schemes, credentials and junk', () => {
    expect(isAllowedAvatarUrl('https://cdn.example.com.evil.test/a.png', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('https://other.example.com/a.png', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('data:image/png;base64,AAAA', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('javascript:alert(1)', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('https://user:pw@cdn.example.com/a.png', hosts)).toBe(false);
    expect(isAllowedAvatarUrl('not a url', hosts)).toBe(false);
  });

  it('allows any public https host when no list is set', () => {
    expect(isAllowedAvatarUrl('https://cdn.example.com/a.png', [])).toBe(true);
    expect(isAllowedAvatarUrl('https://www.gravatar.com/avatar/1?s=200', [])).toBe(true);
    expect(isAllowedAvatarUrl('http://cdn.example.com/a.png', [])).toBe(false);
    expect(isAllowedAvatarUrl('https://127.0.0.1/a.png', [])).toBe(false);
  });
});

describe('avatarUrlProblem', () => {
  it.each([
    ['not a link', 'invalid'],
    ['javascript:alert(1)', 'https'],
    ['http://pictures.example/a.png', 'https'],
    ['https://user:secret@pictures.example/a.png', 'credentials'],
    ['https://user@pictures.example/a.png', 'credentials'],
    ['https://192.0.2.10/a.png', 'ipAddress'],
    ['https://2130706433/a.png', 'ipAddress'],
    ['https://[2001:db8::1]/a.png', 'ipAddress'],
    ['https://localhost/a.png', 'localhost'],
    ['https://localhost./a.png', 'localhost'],
    ['https://pictures.localhost/a.png', 'localhost'],
  ])('without a list, refuses %s as %s', (url, problem) => {
    expect(avatarUrlProblem(url, [])).toBe(problem);
  });

  it('without a list, accepts a public https URL', () => {
    expect(avatarUrlProblem('https://pictures.example/ada.png', [])).toBeNull();
  });

  it('trusts a listed host as listed, http and localhost included', () => {
    const hosts = ['localhost:3101', '*.cdn.example'];
    expect(avatarUrlProblem('http://localhost:3101/user-assets/1.png', hosts)).toBeNull();
    expect(avatarUrlProblem('https://eu.cdn.example/1.png', hosts)).toBeNull();
    expect(avatarUrlProblem('http://localhost:3102/1.png', hosts)).toBe('https');
    expect(avatarUrlProblem('https://localhost:3102/1.png', hosts)).toBe('localhost');
    expect(avatarUrlProblem('http://ada:pw@localhost:3101/1.png', hosts)).toBe('credentials');
  });

  it('with a list, refuses other public hosts as not listed', () => {
    expect(avatarUrlProblem('https://pictures.example/a.png', ['cdn.example.com'])).toBe(
      'notListed',
    );
    expect(avatarUrlProblem('https://user:pw@cdn.example.com/a.png', ['cdn.example.com'])).toBe(
      'credentials',
    );
  });
});

describe('allowedAvatarUrl', () => {
  it('passes an allowed URL through and turns everything else into null', () => {
    expect(allowedAvatarUrl('https://cdn.example.com/a.png', ['cdn.example.com'])).toBe(
      'https://cdn.example.com/a.png',
    );
    expect(allowedAvatarUrl('https://elsewhere.test/a.png', ['cdn.example.com'])).toBeNull();
    expect(allowedAvatarUrl(null, ['cdn.example.com'])).toBeNull();
    expect(allowedAvatarUrl('', ['cdn.example.com'])).toBeNull();
    expect(allowedAvatarUrl('https://elsewhere.test/a.png', [])).toBe(
      'https://elsewhere.test/a.png',
    );
  });
});
