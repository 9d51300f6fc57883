import { LogtoError, type LogtoErrorCode } from '../errors';
import type { SignInExperience, UsernamePolicy } from '../state/sign-in-experience';
import type { StoredUser, UserStore } from '../state/users';

/** Logto's `usernameRegEx`, checked by the request guard before any policy. */
export const usernamePattern = /^[A-Z_a-z]\w*$/;

export type UsernameViolation =
  | 'required'
  | 'starts_with_number'
  | 'invalid_charset_hard'
  | 'too_short'
  | 'too_long'
  | 'uppercase_not_allowed'
  | 'lowercase_not_allowed'
  | 'numbers_not_allowed'
  | 'underscore_not_allowed';

/**
 * The first violation (§6.9): the always-on floor (non-empty, no leading digit, the charset), then
 * the tenant's length bounds, then its allowed character classes.
 */
export function usernameViolation(
  username: string,
  policy: UsernamePolicy,
): UsernameViolation | undefined {
  if (username.length === 0) return 'required';
  if (/^\d/.test(username)) return 'starts_with_number';
  if (!usernamePattern.test(username)) return 'invalid_charset_hard';
  if (username.length < policy.minLength) return 'too_short';
  if (username.length > policy.maxLength) return 'too_long';
  const { allowedChars } = policy;
  if (!allowedChars.uppercase && /[A-Z]/.test(username)) return 'uppercase_not_allowed';
  if (!allowedChars.lowercase && /[a-z]/.test(username)) return 'lowercase_not_allowed';
  if (!allowedChars.numbers && /\d/.test(username)) return 'numbers_not_allowed';
  if (!allowedChars.underscore && username.includes('_')) return 'underscore_not_allowed';
  return undefined;
}

/**
 * The username policy, then uniqueness: `422 user.username_<violation>`, then
 * `422 user.username_already_in_use` (case-insensitive only when the policy says so).
 */
export function assertUsernameAvailable(
  username: string,
  self: StoredUser,
  users: UserStore,
  signInExperience: SignInExperience,
): void {
  const policy = signInExperience.usernamePolicy;
  const violation = usernameViolation(username, policy);
  if (violation) {
    throw new LogtoError(`user.username_${violation}` satisfies LogtoErrorCode, { status: 422 });
  }
  const same = (other: string | null) =>
    policy.caseSensitive ? other === username : other?.toLowerCase() === username.toLowerCase();
  if (users.all().some((user) => user.id !== self.id && same(user.username))) {
    throw new LogtoError('user.username_already_in_use', { status: 422 });
  }
}
