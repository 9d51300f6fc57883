/** Which form field an Account API error code belongs next to, per security form. */
export const usernameFieldFor = (code: string) =>
  code.startsWith('user.username_') || code === 'guard.invalid_input'
    ? ('username' as const)
    : undefined;

export const newIdentifierFieldFor = (type: 'email' | 'phone') => (code: string) =>
  code.startsWith('session.email_blocklist.') ||
  code === 'user.email_already_in_use' ||
  code === 'user.phone_already_in_use' ||
  code === 'user.invalid_phone' ||
  code === 'request.message_rate_limited' ||
  code === 'guard.invalid_input'
    ? type
    : undefined;

export const codeFieldFor = (code: string) =>
  code.startsWith('verification_code.') ||
  code === 'session.verification_blocked_too_many_attempts' ||
  code === 'verification_record.not_found'
    ? ('code' as const)
    : undefined;

export const passwordFieldFor = (code: string) =>
  code === 'user.same_password' ||
  code === 'password.rejected' ||
  code === 'session.invalid_credentials' ||
  code === 'session.verification_blocked_too_many_attempts'
    ? ('password' as const)
    : undefined;
