import { LogtoError } from '../errors';
import type { SignInExperience } from '../state/sign-in-experience';
import type { StoredUser, UserStore } from '../state/users';

/** Logto's `usernameRegEx`, checked by the request guard before any policy. */
export const usernamePattern = /^[A-Z_a-z]\w*$/;

const MAX_USERNAME_LENGTH = 128;

/**
 * The username policy (§6.9) and uniqueness. The default policy allows every character class
 * and lengths 1–128, so after the guard only `too_long` can fire; uniqueness is case-sensitive
 * unless `usernamePolicy.caseSensitive` is false.
 */
export function assertUsernameAvailable(
  username: string,
  self: StoredUser,
  users: UserStore,
  signInExperience: SignInExperience,
): void {
  if (username.length > MAX_USERNAME_LENGTH) {
    throw new LogtoError('user.username_too_long', { status: 422 });
  }
  const { caseSensitive } = signInExperience.usernamePolicy;
  const taken = caseSensitive
    ? users.findByUsername(username)
    : users.findByUsernameIgnoringCase(username);
  if (taken && taken.id !== self.id) {
    throw new LogtoError('user.username_already_in_use', { status: 422 });
  }
}
