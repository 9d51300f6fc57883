import { describe, expect, it } from 'vitest';

import { parseSocialCallback, stateMatches } from '@/lib/social/callback';

describe('parseSocialCallback', () => {
  it('keeps every parameter as connector data', () => {
    const params = new URLSearchParams({
      code: 'c1',
      state: 's1',
      scope: 'read:user',
      iss: 'https://gh.example',
    });
    expect(parseSocialCallback(params)).toEqual({
      kind: 'authorized',
      state: 's1',
      connectorData: { code: 'c1', state: 's1', scope: 'read:user', iss: 'https://gh.example' },
    });
  });

  it('recognises a refusal at the provider', () => {
    expect(
      parseSocialCallback(
        new URLSearchParams({
          error: 'access_denied',
          error_description: 'User cancelled',
          state: 's1',
        }),
      ),
    ).toEqual({
      kind: 'denied',
      state: 's1',
      error: 'access_denied',
    });
  });

  it.each([
    ['no state', { code: 'c1' }],
    ['no code', { state: 's1' }],
    ['nothing', {}],
    ['an oversized value', { code: 'x'.repeat(5000), state: 's1' }],
  ])('rejects a callback with %s', (_label, params) => {
    expect(parseSocialCallback(new URLSearchParams(params))).toEqual({ kind: 'invalid' });
  });
});

describe('stateMatches', () => {
  it('accepts only the exact state', () => {
    expect(stateMatches('abc123', 'abc123')).toBe(true);
    expect(stateMatches('abc123', 'abc124')).toBe(false);
    expect(stateMatches('abc123', 'abc1234')).toBe(false);
    expect(stateMatches('abc123', undefined)).toBe(false);
    expect(stateMatches('abc123', '')).toBe(false);
  });
});
