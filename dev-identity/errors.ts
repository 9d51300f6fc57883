/**
 * Logto's error vocabulary: `{ code, message, data?, details? }` with the English phrases of
 * `account-api.md` Appendix A. A check written without an explicit status answers 400.
 */

const messages = {
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'auth.jwt_sub_missing': 'Missing `sub` in JWT.',
  'auth.third_party_application_forbidden':
    'Third-party applications cannot modify account data through this API.',
  'account_center.not_enabled': 'Account center is not enabled.',
  'account_center.field_not_editable': 'Field is not editable.',
  'account_center.field_not_enabled': 'Field is not enabled.',
  'verification_record.not_found': 'Verification record not found.',
  'verification_record.permission_denied': 'Permission denied, please re-authenticate.',
  'guard.invalid_input': 'The request {{type}} is invalid.',
  'guard.invalid_pagination': 'The request pagination value is invalid.',
  'request.invalid_input': 'Input is invalid. {{details}}',
  'request.message_rate_limited':
    'Too many messages sent to this recipient. Please try again later.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.email_already_in_use': 'This email is associated with an existing account.',
  'user.phone_already_in_use': 'This phone number is associated with an existing account.',
  'user.invalid_phone': 'Invalid phone number.',
  'user.cannot_delete_self': 'You cannot delete yourself.',
  'user.identity_already_in_use':
    'The social account has been associated with an existing account.',
  'user.identity_not_exist': 'The social account has not been registered yet.',
  'user.last_sign_in_method_required': 'You need to keep at least one identifier in your account.',
  'user.same_password': 'New password cannot be the same as your old password.',
  'user.suspended': 'This account is suspended.',
  'user.totp_already_in_use': 'TOTP is already in use.',
  'user.totp_secret_invalid': 'Invalid TOTP secret supplied.',
  'user.backup_code_already_in_use': 'Backup code is already in use.',
  'user.wrong_backup_code_format': 'Backup code format is invalid.',
  'user.username_required': 'Username is a required identifier, you can not set it to null.',
  'user.username_starts_with_number': 'Username cannot start with a number.',
  'user.username_invalid_charset_hard':
    'Username can only contain letters, numbers, and underscores.',
  'user.username_too_short': 'Username is too short.',
  'user.username_too_long': 'Username is too long.',
  'user.username_uppercase_not_allowed': 'Username cannot contain uppercase letters.',
  'user.username_lowercase_not_allowed': 'Username cannot contain lowercase letters.',
  'user.username_numbers_not_allowed': 'Username cannot contain numbers.',
  'user.username_underscore_not_allowed': 'Username cannot contain underscores.',
  'password.rejected': 'Password rejected. Please check if your password meets the requirements.',
  'session.invalid_credentials': 'Incorrect account or password. Please check your input.',
  'session.verification_blocked_too_many_attempts':
    'Too many attempts in a short time. Please try again {{relativeTime}}.',
  'session.mfa.mfa_factor_not_enabled': 'MFA factor is not enabled.',
  'session.mfa.invalid_totp_code': 'Invalid TOTP code.',
  'session.mfa.backup_code_can_not_be_alone': 'Backup code can not be the only MFA.',
  'session.mfa.pending_info_not_found': 'Pending MFA info not found, please initiate MFA first.',
  'session.mfa.webauthn_verification_failed': 'WebAuthn verification failed.',
  'session.email_blocklist.email_not_allowed':
    'The email address "{{email}}" is restricted. Please choose a different one.',
  'session.email_blocklist.email_subaddressing_not_allowed': 'Email subaddressing is not allowed.',
  'session.email_blocklist.invalid_email': 'Invalid email address.',
  'verification_code.not_found':
    'Verification code not found. Please send verification code first.',
  'verification_code.email_mismatch': 'Email mismatch. Please request a new verification code.',
  'verification_code.phone_mismatch': 'Phone mismatch. Please request a new verification code.',
  'verification_code.code_mismatch': 'Invalid verification code.',
  'verification_code.expired':
    'Verification code has expired. Please request a new verification code.',
  'verification_code.exceed_max_try':
    'Verification code retries limitation exceeded. Please request a new verification code.',
  'session.insufficient_info': 'Insufficient sign-in info.',
  'session.invalid_connector_id': 'Unable to find available connector with id {{connectorId}}.',
  'connector.not_found': 'Cannot find any available connector for type: {{type}}.',
  'connector.unexpected_type': "The connector's type is unexpected.",
  'connector.general': 'Error occurred in connector: {{errorDescription}}',
  'connector.invalid_response': "The connector's response is invalid.",
  'connector.invalid_request_parameters': 'The request is with wrong input parameter(s).',
  'connector.social_auth_code_invalid':
    'Unable to get access token, please check authorization code.',
  'connector.authorization_failed': "The user's authorization process is unsuccessful.",
  'entity.not_found': 'The resource does not exist.',
  'entity.not_exists_with_id': 'The {{name}} with ID `{{id}}` does not exist.',
  'entity.value_too_long': 'The length of value is too long and exceeds the limit.',
  'guard.file_size_exceeded': 'File size exceeded.',
  'oidc.session_not_found': 'Session not found.',
  'oidc.invalid_session_account_id': 'Session accountId mismatch.',
  'oidc.invalid_grant': 'Grant request is invalid.',
  'oidc.failed_to_revoke_grant': 'Failed to revoke grant.',
  'oidc.failed_to_cleanup_session_authorization': 'Failed to clean up session authorization.',
  'guard.mime_type_not_allowed': 'MIME type is not allowed.',
  'storage.not_configured': 'Storage provider is not configured.',
  'storage.upload_error': 'Failed to upload file to the storage provider.',
} as const;

export type LogtoErrorCode = keyof typeof messages;

type Interpolation = Record<string, string | number>;

/** Fill `{{key}}` placeholders the way Logto's i18next setup does (no HTML escaping). */
const interpolate = (template: string, values: Interpolation): string =>
  template.replace(/\{\{(\w+)\}\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );

export type LogtoErrorBody = {
  code: LogtoErrorCode;
  message: string;
  data?: unknown;
  details?: string;
};

type LogtoErrorOptions = {
  status?: number;
  data?: unknown;
  details?: string;
  interpolation?: Interpolation;
};

/** A Logto `RequestError`: thrown by a route, turned into a JSON body by the server. */
export class LogtoError extends Error {
  readonly code: LogtoErrorCode;
  readonly status: number;
  readonly data: unknown;
  readonly details: string | undefined;

  constructor(
    code: LogtoErrorCode,
    { status = 400, data, details, interpolation = {} }: LogtoErrorOptions = {},
  ) {
    super(interpolate(messages[code], interpolation));
    this.name = 'LogtoError';
    this.code = code;
    this.status = status;
    this.data = data;
    this.details = details;
  }

  toBody(): LogtoErrorBody {
    return {
      code: this.code,
      ...(this.data === undefined ? {} : { data: this.data }),
      ...(this.details === undefined ? {} : { details: this.details }),
      message: this.message,
    };
  }
}

/** Logto's `assertThat(condition, code)`: throws 400 unless a status is given. */
export function assertThat(
  condition: unknown,
  code: LogtoErrorCode,
  options?: LogtoErrorOptions,
): asserts condition {
  if (!condition) {
    throw new LogtoError(code, options);
  }
}

/** A body that is not valid JSON: Logto answers 400 with only the parser's message. */
export class BodyParseError extends Error {
  readonly status: number;

  constructor(message: string, status = 400) {
    super(message);
    this.name = 'BodyParseError';
    this.status = status;
  }
}
