import { describe, expect, it } from 'vitest';

import { clientAddress } from '@/lib/limits/client-address';

describe('clientAddress', () => {
  it.each([
    [{ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, '203.0.113.7'],
    [{ 'x-forwarded-for': '2001:db8::1' }, '2001:db8::1'],
    [{ 'x-forwarded-for': '::ffff:127.0.0.1' }, '127.0.0.1'],
    [{ 'x-real-ip': '198.51.100.4' }, '198.51.100.4'],
    [{ 'x-forwarded-for': '', 'x-real-ip': '198.51.100.4' }, '198.51.100.4'],
  ])('reads %j as %s', (entries, address) => {
    expect(clientAddress(new Headers(entries))).toBe(address);
  });

  it.each<Record<string, string>>([
    {},
    { 'x-forwarded-for': 'unknown' },
    { 'x-real-ip': '<script>' },
  ])('has no address for %j', (entries) => {
    expect(clientAddress(new Headers(entries))).toBeUndefined();
  });
});
