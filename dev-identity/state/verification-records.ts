import { randomBytes } from 'node:crypto';

import { VERIFICATION_RECORD_TTL_MS } from './limits';

/** Records live a fixed 10 minutes from creation; verifying does not extend them (§4.1). */
export { VERIFICATION_RECORD_TTL_MS };

export type VerificationRecordType =
  'Password' | 'EmailVerificationCode' | 'PhoneVerificationCode' | 'Social' | 'WebAuthn';

export type CodeTemplateType = 'UserPermissionValidation' | 'BindMfa' | 'BindNewIdentifier';

export type VerificationRecord = {
  id: string;
  type: VerificationRecordType;
  /** Set for password, WebAuthn and current-identifier code records; null otherwise. */
  userId: string | null;
  verified: boolean;
  createdAt: number;
  expiresAt: number;
  templateType?: CodeTemplateType;
  identifier?: { type: 'email' | 'phone'; value: string };
  /** The stand-in's own bookkeeping: who asked for the record (so tests can expire a user's records). */
  createdBy?: string;
  data: Record<string, unknown>;
};

export type NewVerificationRecord = Omit<VerificationRecord, 'id' | 'createdAt' | 'expiresAt'>;

/**
 * In-memory verification records, and the step-up rule of §4.4. The Verification API routes
 * (a later round) create records here; the Account API only asks `isIdentityVerified`.
 */
export class VerificationRecordStore {
  readonly #records = new Map<string, VerificationRecord>();
  /** Every ID issued since the last reset, expired ones included (a test-only view). */
  #issued: string[] = [];

  /** The lifetime given to records created from now on. */
  ttlMs: number;

  constructor(ttlMs = VERIFICATION_RECORD_TTL_MS) {
    this.ttlMs = ttlMs;
  }

  clear(): void {
    this.#records.clear();
    this.#issued = [];
  }

  issuedIds(): readonly string[] {
    return this.#issued;
  }

  create(input: NewVerificationRecord, now = Date.now()): VerificationRecord {
    const record: VerificationRecord = {
      ...input,
      id: randomBytes(16).toString('base64url'),
      createdAt: now,
      expiresAt: now + this.ttlMs,
    };
    this.#records.set(record.id, record);
    this.#issued.push(record.id);
    return record;
  }

  /** An expired record behaves as if it never existed. Records are never consumed. */
  find(id: string, now = Date.now()): VerificationRecord | undefined {
    const record = this.#records.get(id);
    if (record && record.expiresAt <= now) {
      this.#records.delete(id);
      return undefined;
    }
    return record;
  }

  save(record: VerificationRecord): void {
    this.#records.set(record.id, record);
  }

  /**
   * Expire now every record owned or requested by `userId` (every record when absent); returns
   * how many were expired. A test-only control.
   */
  expire(userId?: string, type?: string, now = Date.now()): number {
    let count = 0;
    for (const record of this.#records.values()) {
      const ofUser =
        userId === undefined || record.userId === userId || record.createdBy === userId;
      if (ofUser && (type === undefined || record.type === type)) {
        record.expiresAt = Math.min(record.expiresAt, now);
        count += 1;
      }
    }
    return count;
  }

  /**
   * The `logto-verification-id` rule: the record exists, is unexpired, belongs to the caller, is
   * verified, and is a Password record or a `UserPermissionValidation` code record.
   */
  isIdentityVerified(userId: string, recordId: string | undefined, now = Date.now()): boolean {
    if (!recordId) {
      return false;
    }
    const record = this.find(recordId, now);
    if (!record || record.userId !== userId || !record.verified) {
      return false;
    }
    if (record.type === 'Password') {
      return true;
    }
    return (
      (record.type === 'EmailVerificationCode' || record.type === 'PhoneVerificationCode') &&
      record.templateType === 'UserPermissionValidation'
    );
  }
}
