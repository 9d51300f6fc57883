import { describe, expect, it } from 'vitest';

import { VERIFICATION_RECORD_TTL_MS, VerificationRecordStore } from './verification-records';

describe('step-up rule (§4.4)', () => {
  const store = new VerificationRecordStore();
  const now = 1_000_000;
  const password = store.create({ type: 'Password', userId: 'u1', verified: true, data: {} }, now);
  const permissionCode = store.create(
    {
      type: 'EmailVerificationCode',
      userId: 'u1',
      verified: true,
      templateType: 'UserPermissionValidation',
      data: {},
    },
    now,
  );
  const newEmailCode = store.create(
    {
      type: 'EmailVerificationCode',
      userId: null,
      verified: true,
      templateType: 'BindNewIdentifier',
      data: {},
    },
    now,
  );
  const social = store.create({ type: 'Social', userId: 'u1', verified: true, data: {} }, now);
  const unverified = store.create(
    { type: 'Password', userId: 'u1', verified: false, data: {} },
    now,
  );

  it('accepts a verified password record or permission code owned by the caller', () => {
    expect(store.isIdentityVerified('u1', password.id, now)).toBe(true);
    expect(store.isIdentityVerified('u1', permissionCode.id, now)).toBe(true);
  });

  it('rejects other types, other owners, unverified, unknown and expired records', () => {
    expect(store.isIdentityVerified('u1', newEmailCode.id, now)).toBe(false);
    expect(store.isIdentityVerified('u1', social.id, now)).toBe(false);
    expect(store.isIdentityVerified('u1', unverified.id, now)).toBe(false);
    expect(store.isIdentityVerified('u2', password.id, now)).toBe(false);
    expect(store.isIdentityVerified('u1', 'unknown', now)).toBe(false);
    expect(store.isIdentityVerified('u1', undefined, now)).toBe(false);
    expect(store.isIdentityVerified('u1', password.id, now + VERIFICATION_RECORD_TTL_MS)).toBe(
      false,
    );
  });
});
