import { describeDevice } from '@/lib/user-agent';
import type { Device } from '@/lib/mfa/view';

/** What a line of security activity says happened (a catalog key under `privacy.activity.kinds`). */
export type ActivityKind =
  | 'signInPassword'
  | 'signInSocial'
  | 'signInCode'
  | 'signInPasskey'
  | 'signInSso'
  | 'failedSignIn'
  | 'mfaAtSignIn'
  | 'failedMfa'
  | 'passwordReset'
  | 'accountCreated'
  | 'other';

export type ActivityLine = {
  id: string;
  kind: ActivityKind;
  succeeded: boolean;
  /** Epoch milliseconds. */
  at: number;
  /** Logto's log key, shown for "Other account activity". */
  key: string;
  /** The social provider's name for `signInSocial`, when the entry names one. */
  provider?: string;
  device?: Device;
  place?: string;
  ip?: string;
};

/** The parts of a Logto log entry this reads (`GET /api/logs`). */
export type AuditEntry = {
  id: string;
  key: string;
  createdAt: number;
  payload: Record<string, unknown>;
};

/** Verification types (Logto's `VerificationType`) that are a second step at sign-in. */
const secondSteps = new Set([
  'Totp',
  'BackupCode',
  'MfaWebAuthn',
  'MfaEmailVerificationCode',
  'MfaPhoneVerificationCode',
]);

/** First-step sign-in methods: verification types and the legacy identifier methods. */
const signInMethods: Record<string, ActivityKind> = {
  Password: 'signInPassword',
  Social: 'signInSocial',
  EmailVerificationCode: 'signInCode',
  PhoneVerificationCode: 'signInCode',
  VerificationCode: 'signInCode',
  PasskeySignInWebAuthn: 'signInPasskey',
  EnterpriseSso: 'signInSso',
  SingleSignOn: 'signInSso',
  OneTimeToken: 'signInCode',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * What an audit log key means to the user, or `null` for entries they would not recognise as an
 * event of their own: token exchanges and revocations (every app refresh writes one), and the
 * plumbing of an interaction (created, ended, its type set).
 *
 * Keys (logto-io/logto `packages/schemas/src/types/log/`): `Interaction.<Event>.Verification.
 * <VerificationType>.<Action>`, `Interaction.<Event>.Submit`, legacy `Interaction.<Event>.
 * Identifier.<Method>.Submit`, `ExchangeTokenBy.*`, `RevokeToken`.
 */
export function kindOf(key: string, succeeded: boolean): ActivityKind | null {
  if (key.startsWith('ExchangeTokenBy.') || key === 'RevokeToken') return null;
  const parts = key.split('.');
  if (parts[0] !== 'Interaction') return 'other';
  const [, event, field, type, action] = parts;
  if (parts.length === 2 || field === 'Update' || field === 'Create') return null;
  if (event === 'SignIn' && (field === 'Verification' || field === 'Identifier')) {
    if (action !== 'Submit') return 'other';
    if (type && secondSteps.has(type)) return succeeded ? 'mfaAtSignIn' : 'failedMfa';
    const method = type ? signInMethods[type] : undefined;
    if (!method) return 'other';
    return succeeded ? method : 'failedSignIn';
  }
  if (event === 'SignIn' && field === 'Mfa' && action === 'Submit') {
    return succeeded ? 'mfaAtSignIn' : 'failedMfa';
  }
  // The verification entries say how the user signed in; the submission itself adds nothing.
  if (event === 'SignIn' && field === 'Submit') return null;
  if (event === 'ForgotPassword' && field === 'Submit' && succeeded) return 'passwordReset';
  if (event === 'Register' && field === 'Submit' && succeeded) return 'accountCreated';
  return 'other';
}

/** The social provider named in the entry: the connector's name if known, else its target. */
function providerOf(payload: Record<string, unknown>, connectorNames: Record<string, string>) {
  const inner = record(payload.payload);
  const connectorId = text(payload.connectorId) ?? text(inner.connectorId);
  if (connectorId && connectorNames[connectorId]) return connectorNames[connectorId];
  const target = text(payload.target) ?? text(inner.target) ?? connectorId;
  return target ? target.charAt(0).toUpperCase() + target.slice(1) : undefined;
}

/** "Tokyo, JP" from the sign-in context Logto records behind a proxy that tells it. */
function placeOf(payload: Record<string, unknown>): string | undefined {
  const context = record(payload.signInContext);
  const parts = [text(context.city), text(context.country)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Readable lines, newest first; `connectorNames` maps social connector ids to their names. */
export function toActivity(
  entries: AuditEntry[],
  connectorNames: Record<string, string> = {},
): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const { id, key, createdAt, payload } of entries) {
    const succeeded = payload.result !== 'Error';
    const kind = kindOf(key, succeeded);
    if (!kind) continue;
    const context = record(payload.signInContext);
    lines.push({
      id,
      kind,
      succeeded,
      at: createdAt,
      key,
      ...(kind === 'signInSocial' ? { provider: providerOf(payload, connectorNames) } : {}),
      device: describeDevice(text(payload.userAgent) ?? text(context.userAgent)),
      place: placeOf(payload),
      ip: text(payload.ip) ?? text(context.ip),
    });
  }
  return lines.toSorted((a, b) => b.at - a.at);
}
