/** Codes the portal itself raises next to Logto's own (`auth.unauthorized`, `user.…`, …). */
export type PortalErrorCode =
  | 'portal.signed_out'
  | 'portal.unreachable'
  | 'portal.timeout'
  | 'portal.unexpected_response'
  | 'portal.jwt_access_token'
  // The portal's own limits (429, with `retryAfter`): Logto is not asked.
  | 'portal.step_up_paused'
  | 'portal.code_resend_wait'
  | 'portal.too_many_addresses';

/**
 * The one error type for everything that goes wrong talking to Logto: the HTTP status and
 * Logto's stable `code` (`message` is Logto's localised text, for logs only).
 */
export class AccountApiError extends Error {
  override name = 'AccountApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly data?: unknown,
    /** Seconds from a `Retry-After` header, when the server sent one. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const isAccountApiError = (error: unknown): error is AccountApiError =>
  error instanceof AccountApiError;

/** The session is gone: the token check failed or the refresh token was refused. */
export const isSignedOut = (error: AccountApiError) =>
  error.code === 'portal.signed_out' ||
  (error.status === 401 && error.code === 'auth.unauthorized');

/** The call needs a fresh step-up verification record. */
export const isStepUpRequired = (error: AccountApiError) =>
  error.status === 401 && error.code === 'verification_record.permission_denied';

/** The tenant has switched the Account API off. */
export const isAccountCenterDisabled = (error: AccountApiError) =>
  error.code === 'account_center.not_enabled';

/** The tenant has made the field read-only or hidden since the page was rendered. */
export const isFieldLocked = (error: AccountApiError) =>
  error.code === 'account_center.field_not_editable' ||
  error.code === 'account_center.field_not_enabled';

/** The identity service is down, slow, or asked us to slow down. */
export const isServiceProblem = (error: AccountApiError) =>
  error.status === 429 || error.status >= 500;

/** The digest Next.js puts on a server error for the error pages: a log reference, never the message. */
export function errorDigest(error: unknown): string | undefined {
  const digest = error instanceof Error ? Reflect.get(error, 'digest') : undefined;
  return typeof digest === 'string' ? digest : undefined;
}
