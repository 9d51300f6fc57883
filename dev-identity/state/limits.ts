/**
 * Settings that are not part of the sign-in experience document but decide how the Verification
 * API behaves: record lifetime, per-code limits, the lockout ("sentinel") policy, the per-recipient
 * send limit and which message connectors exist. Tests change them through `PUT /__test/policies`.
 */

export type SentinelPolicy = {
  /** Failed attempts within an hour that trigger a lockout (the triggering attempt included). */
  maxAttempts: number;
  /** Lockout length in **seconds** (Logto's own `sentinelPolicy.lockoutDuration` is in minutes). */
  lockoutDuration: number;
};

export type SendLimit = { max: number; windowSeconds: number };

export type ConnectorSwitches = { email: boolean; sms: boolean };

export type StandInLimits = {
  /** Lifetime of every verification record, from creation (§4.1). */
  verificationRecordTtlMs: number;
  /** `verificationCodePolicy.expirationDuration` (§7.3). */
  codeExpirationSeconds: number;
  /** `verificationCodePolicy.maxRetryAttempts` (§7.3). */
  codeMaxRetryAttempts: number;
  sentinelPolicy: SentinelPolicy;
  /** Successful code sends per normalised recipient per window (§7.1). */
  sendLimit: SendLimit;
  /** `false` behaves like a tenant without an Email or SMS connector (`501 connector.not_found`). */
  connectors: ConnectorSwitches;
};

export const VERIFICATION_RECORD_TTL_MS = 600_000;

/** Logto's defaults. */
export function defaultLimits(): StandInLimits {
  return {
    verificationRecordTtlMs: VERIFICATION_RECORD_TTL_MS,
    codeExpirationSeconds: 600,
    codeMaxRetryAttempts: 10,
    sentinelPolicy: { maxAttempts: 100, lockoutDuration: 3600 },
    sendLimit: { max: 10, windowSeconds: 600 },
    connectors: { email: true, sms: true },
  };
}
