/**
 * The body of `PUT /__test/policies` and how it applies: every key optional, nested objects merged
 * onto the current values (lists replaced), `POST /__test/reset` back to the defaults.
 */
import { z } from 'zod';

import type { StandInState } from './state';

const positive = z.number().int().min(1);
const nonNegative = z.number().int().min(0);

export const policiesBody = z.object({
  verificationRecordTtlMs: nonNegative.optional(),
  codeExpirationSeconds: nonNegative.optional(),
  codeMaxRetryAttempts: nonNegative.optional(),
  sentinelPolicy: z
    .object({ maxAttempts: positive.optional(), lockoutDuration: nonNegative.optional() })
    .optional(),
  passwordPolicy: z
    .object({
      length: z.object({ min: positive.optional(), max: positive.optional() }).optional(),
      characterTypes: z.object({ min: z.number().int().min(1).max(4).optional() }).optional(),
      rejects: z
        .object({
          pwned: z.boolean().optional(),
          repetitionAndSequence: z.boolean().optional(),
          userInfo: z.boolean().optional(),
          words: z.array(z.string()).optional(),
        })
        .optional(),
    })
    .optional(),
  usernamePolicy: z
    .object({
      caseSensitive: z.boolean().optional(),
      minLength: z.number().int().min(1).max(128).optional(),
      maxLength: z.number().int().min(1).max(128).optional(),
      allowedChars: z
        .object({
          lowercase: z.boolean().optional(),
          uppercase: z.boolean().optional(),
          numbers: z.boolean().optional(),
          underscore: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  emailBlocklistPolicy: z
    .object({
      blockSubaddressing: z.boolean().optional(),
      customBlocklist: z.array(z.string()).optional(),
      /** `allowlist` is the stand-in's short name for Logto's `customAllowlist`. */
      allowlist: z.array(z.string()).optional(),
      customAllowlist: z.array(z.string()).optional(),
    })
    .optional(),
  connectors: z.object({ email: z.boolean().optional(), sms: z.boolean().optional() }).optional(),
  sendLimit: z
    .object({ max: nonNegative.optional(), windowSeconds: positive.optional() })
    .optional(),
});

export type PoliciesPatch = z.infer<typeof policiesBody>;

/** Keys with an `undefined` value are left out, so a spread keeps the current value. */
const defined = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(
    Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;

/** The current effective policies, in the shape `PUT /__test/policies` accepts. */
export function currentPolicies(state: StandInState) {
  const { passwordPolicy, usernamePolicy, emailBlocklistPolicy } = state.signInExperience;
  const { customAllowlist, ...blocklist } = emailBlocklistPolicy;
  return {
    ...structuredClone(state.limits),
    passwordPolicy: structuredClone(passwordPolicy),
    usernamePolicy: structuredClone(usernamePolicy),
    emailBlocklistPolicy: {
      blockSubaddressing: blocklist.blockSubaddressing ?? false,
      customBlocklist: [...(blocklist.customBlocklist ?? [])],
      allowlist: [...(customAllowlist ?? [])],
    },
  };
}

export function applyPolicies(state: StandInState, patch: PoliciesPatch): void {
  const { limits, signInExperience: sie } = state;
  state.setLimits({
    ...limits,
    ...defined({
      verificationRecordTtlMs: patch.verificationRecordTtlMs,
      codeExpirationSeconds: patch.codeExpirationSeconds,
      codeMaxRetryAttempts: patch.codeMaxRetryAttempts,
    }),
    sentinelPolicy: { ...limits.sentinelPolicy, ...defined(patch.sentinelPolicy) },
    connectors: { ...limits.connectors, ...defined(patch.connectors) },
    sendLimit: { ...limits.sendLimit, ...defined(patch.sendLimit) },
  });

  const password = patch.passwordPolicy ?? {};
  const username = patch.usernamePolicy ?? {};
  const { allowlist, customAllowlist, ...blocklist } = patch.emailBlocklistPolicy ?? {};
  const allow = customAllowlist ?? allowlist;
  state.signInExperience = {
    ...sie,
    passwordPolicy: {
      length: { ...sie.passwordPolicy.length, ...defined(password.length) },
      characterTypes: { ...sie.passwordPolicy.characterTypes, ...defined(password.characterTypes) },
      rejects: { ...sie.passwordPolicy.rejects, ...defined(password.rejects) },
    },
    usernamePolicy: {
      ...sie.usernamePolicy,
      ...defined({ ...username, allowedChars: undefined }),
      allowedChars: { ...sie.usernamePolicy.allowedChars, ...defined(username.allowedChars) },
    },
    emailBlocklistPolicy: {
      ...sie.emailBlocklistPolicy,
      ...defined(blocklist),
      ...(allow === undefined ? {} : { customAllowlist: allow }),
    },
  };
}
