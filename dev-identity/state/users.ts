import { randomBytes } from 'node:crypto';

import type { MfaVerification } from './mfa';
import { hashPassword, verifyPassword } from './password';

export type UserAddress = {
  formatted?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
};

/** Logto's standard OIDC profile claims (`users.profile`). */
export type UserProfile = {
  familyName?: string;
  givenName?: string;
  middleName?: string;
  nickname?: string;
  preferredUsername?: string;
  profile?: string;
  website?: string;
  gender?: string;
  birthdate?: string;
  zoneinfo?: string;
  locale?: string;
  address?: UserAddress;
};

export type SocialIdentity = { userId: string; details?: Record<string, unknown> };

export type StoredUser = {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  name: string | null;
  avatar: string | null;
  profile: UserProfile;
  customData: Record<string, unknown>;
  identities: Record<string, SocialIdentity>;
  mfaVerifications: MfaVerification[];
  logtoConfig: Record<string, unknown>;
  passwordHash: string | null;
  applicationId: string | null;
  isSuspended: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
};

export type NewUser = {
  id?: string;
  username: string | null;
  password?: string | null;
  name?: string | null;
  avatar?: string | null;
  primaryEmail?: string | null;
  primaryPhone?: string | null;
  profile?: UserProfile;
  customData?: Record<string, unknown>;
  identities?: Record<string, SocialIdentity>;
  mfaVerifications?: MfaVerification[];
  logtoConfig?: Record<string, unknown>;
};

export type UserPatch = Partial<
  Pick<
    StoredUser,
    | 'username'
    | 'primaryEmail'
    | 'primaryPhone'
    | 'name'
    | 'avatar'
    | 'profile'
    | 'customData'
    | 'identities'
    | 'mfaVerifications'
    | 'logtoConfig'
    | 'passwordHash'
    | 'isSuspended'
    | 'lastSignInAt'
  >
>;

/** The user without its password hash, as the test controls show it. */
export type PublicUser = Omit<StoredUser, 'passwordHash'> & { hasPassword: boolean };

/** Logto-like IDs: 12 lowercase alphanumerics. */
const newUserId = () =>
  Array.from(randomBytes(12), (byte) => 'abcdefghijklmnopqrstuvwxyz0123456789'[byte % 36]).join('');

export class DuplicateUsernameError extends Error {}

/** In-memory users. Usernames compare case-sensitively (Logto's default username policy). */
export class UserStore {
  readonly #users = new Map<string, StoredUser>();

  clear(): void {
    this.#users.clear();
  }

  create(input: NewUser, now = Date.now()): StoredUser {
    if (input.username !== null && this.findByUsername(input.username)) {
      throw new DuplicateUsernameError(`username ${input.username} is already in use`);
    }
    const user: StoredUser = {
      id: input.id ?? newUserId(),
      username: input.username,
      primaryEmail: input.primaryEmail ?? null,
      primaryPhone: input.primaryPhone ?? null,
      name: input.name ?? null,
      avatar: input.avatar ?? null,
      profile: structuredClone(input.profile ?? {}),
      customData: structuredClone(input.customData ?? {}),
      identities: structuredClone(input.identities ?? {}),
      mfaVerifications: structuredClone(input.mfaVerifications ?? []),
      logtoConfig: structuredClone(input.logtoConfig ?? {}),
      passwordHash: input.password ? hashPassword(input.password) : null,
      applicationId: null,
      isSuspended: false,
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.#users.set(user.id, user);
    return user;
  }

  /** Removes the user; false when there was none. */
  delete(id: string): boolean {
    return this.#users.delete(id);
  }

  all(): StoredUser[] {
    return [...this.#users.values()];
  }

  findById(id: string): StoredUser | undefined {
    return this.#users.get(id);
  }

  findByUsername(username: string): StoredUser | undefined {
    return [...this.#users.values()].find((user) => user.username === username);
  }

  findByUsernameIgnoringCase(username: string): StoredUser | undefined {
    const wanted = username.toLowerCase();
    return [...this.#users.values()].find((user) => user.username?.toLowerCase() === wanted);
  }

  /**
   * Apply a patch (keys set to `undefined` are left unchanged). Bumps `updatedAt` unless
   * `touch` is false (a sign-in records `lastSignInAt` without counting as a profile change).
   */
  update(id: string, patch: UserPatch, { touch = true, now = Date.now() } = {}): StoredUser {
    const user = this.#users.get(id);
    if (!user) {
      throw new Error(`user ${id} not found`);
    }
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as UserPatch;
    const updated: StoredUser = { ...user, ...defined, updatedAt: touch ? now : user.updatedAt };
    this.#users.set(id, updated);
    return updated;
  }

  /** Check a username/password pair; returns the user only when both match. */
  authenticate(username: string, password: string): StoredUser | undefined {
    const user = this.findByUsername(username);
    if (!user?.passwordHash || !verifyPassword(password, user.passwordHash)) {
      return undefined;
    }
    return user;
  }
}

export function toPublicUser({ passwordHash, ...rest }: StoredUser): PublicUser {
  return { ...structuredClone(rest), hasPassword: passwordHash !== null };
}

/** Logto's `hasSecurityVerificationMethod`: a password, a primary email or a primary phone. */
export const hasSecurityVerificationMethod = (user: StoredUser): boolean =>
  Boolean(user.passwordHash) || Boolean(user.primaryEmail) || Boolean(user.primaryPhone);

/**
 * Logto's identifier-removal rule (§6.10): after the change at least one of username, primary
 * email, primary phone or a social identity must remain. The password is not an identifier.
 */
export const hasRemainingIdentifier = (user: StoredUser, change: UserPatch): boolean => {
  const next = { ...user, ...change };
  return (
    Boolean(next.username) ||
    Boolean(next.primaryEmail) ||
    Boolean(next.primaryPhone) ||
    Object.keys(next.identities).length > 0
  );
};
