import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import { seal, unseal } from '@/lib/auth/seal';

const secret = 'a-cookie-secret-of-at-least-32-characters';
const schema = z.object({ recordId: z.string() });
const inTenMinutes = () => new Date(Date.now() + 10 * 60_000);
const options = { secret, purpose: 'portal_step_up', userId: 'user-a' };

afterEach(() => {
  vi.useRealTimers();
});

describe('sealed cookie values', () => {
  it('open for the same user and purpose', async () => {
    const recordId = 'verification-record-that-stays-secret';
    const sealed = await seal({ recordId }, { ...options, expiresAt: inTenMinutes() });
    expect(sealed).not.toContain(recordId);
    await expect(unseal(sealed, schema, options)).resolves.toEqual({ recordId });
  });

  it('never open for another user (a user switch on the same browser)', async () => {
    const sealed = await seal({ recordId: 'r1' }, { ...options, expiresAt: inTenMinutes() });
    await expect(unseal(sealed, schema, { ...options, userId: 'user-b' })).resolves.toBeUndefined();
  });

  it('never open for another purpose', async () => {
    const sealed = await seal({ recordId: 'r1' }, { ...options, expiresAt: inTenMinutes() });
    await expect(
      unseal(sealed, schema, { ...options, purpose: 'portal_social' }),
    ).resolves.toBeUndefined();
  });

  it('are rejected once tampered with', async () => {
    const sealed = await seal({ recordId: 'r1' }, { ...options, expiresAt: inTenMinutes() });
    const parts = sealed.split('.');
    const body = parts[3] ?? '';
    parts[3] = `${body.slice(0, -2)}${body.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(unseal(parts.join('.'), schema, options)).resolves.toBeUndefined();
  });

  it('are rejected with another secret', async () => {
    const sealed = await seal({ recordId: 'r1' }, { ...options, expiresAt: inTenMinutes() });
    await expect(
      unseal(sealed, schema, { ...options, secret: 'another-secret-of-at-least-32-chars!!' }),
    ).resolves.toBeUndefined();
  });

  it('expire with the record', async () => {
    const sealed = await seal({ recordId: 'r1' }, { ...options, expiresAt: inTenMinutes() });
    vi.useFakeTimers({ now: Date.now() + 11 * 60_000 });
    await expect(unseal(sealed, schema, options)).resolves.toBeUndefined();
  });

  it('read as absent when missing or malformed', async () => {
    await expect(unseal(undefined, schema, options)).resolves.toBeUndefined();
    await expect(unseal('not-a-jwe', schema, options)).resolves.toBeUndefined();
    const wrongShape = await seal({ other: 1 }, { ...options, expiresAt: inTenMinutes() });
    await expect(unseal(wrongShape, schema, options)).resolves.toBeUndefined();
  });
});
