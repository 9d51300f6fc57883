import { describe, expect, it } from 'vitest';

import { allowedReturnUrl, parseReturnOrigins } from './return-origins';

describe('parseReturnOrigins', () => {
  it('reads a comma-separated list of origins', () => {
    expect(parseReturnOrigins(' https://app.example.com, http://localhost:4000 ')).toEqual([
      'https://app.example.com',
      'http://localhost:4000',
    ]);
    expect(parseReturnOrigins(undefined)).toEqual([]);
  });

  it('refuses paths, other schemes and non-URLs', () => {
    expect(parseReturnOrigins('https://app.example.com/settings')).toBeUndefined();
    expect(parseReturnOrigins('javascript:alert(1)')).toBeUndefined();
    expect(parseReturnOrigins('app.example.com')).toBeUndefined();
  });
});

describe('allowedReturnUrl', () => {
  const origins = ['https://app.example.com'];

  it('accepts a URL on an allowed origin, path and query included', () => {
    expect(allowedReturnUrl('https://app.example.com/settings?tab=1', origins)?.href).toBe(
      'https://app.example.com/settings?tab=1',
    );
  });

  it('ignores other origins, look-alikes, credentials and relative paths', () => {
    for (const value of [
      'https://evil.example.com/',
      'https://app.example.com.evil.com/',
      'http://app.example.com/',
      'https://user:pass@app.example.com/',
      '//app.example.com/',
      '/account',
      'javascript:alert(1)',
      `https://app.example.com/${'a'.repeat(2000)}`,
    ]) {
      expect(allowedReturnUrl(value, origins), value).toBeUndefined();
    }
  });
});
