import { describe, expect, it } from 'vitest';

import { normalizePhone, parsePhone, recipientKey } from './phone';

describe('phone normalisation (§3.3)', () => {
  it.each([
    ['15551234567', '15551234567'],
    ['447700900123', '447700900123'],
    ['4407700900123', '447700900123'],
    ['8109012345678', '819012345678'],
    ['8613800138000', '8613800138000'],
    ['4903012345678', '493012345678'],
    ['33612345678', '33612345678'],
    ['330612345678', '33612345678'],
  ])('stores %s as %s', (input, stored) => {
    expect(normalizePhone(input)).toBe(stored);
  });

  it.each([
    '',
    '12',
    '1055512345',
    '15551234',
    '99912345678',
    '4412',
    '3306123456789',
    '44007700900123',
  ])('cannot parse %j', (input) => {
    expect(parsePhone(input)).toBeUndefined();
  });

  it('keys recipients as the send limit sees them', () => {
    expect(recipientKey({ type: 'email', value: 'Ada@Example.COM' })).toBe('email:ada@example.com');
    expect(recipientKey({ type: 'phone', value: '4407700900123' })).toBe(
      recipientKey({ type: 'phone', value: '447700900123' }),
    );
    expect(recipientKey({ type: 'phone', value: '999' })).toBe('phone:999');
  });
});
