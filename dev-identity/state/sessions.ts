/**
 * What Logto keeps beside oidc-provider's sessions (`oidc_session_extensions`): the last
 * interaction submission of each session, with the browser's sign-in context. Also the trusted
 * devices, which only exist while a test switches them on (a dev feature in Logto v1.42).
 */
import { randomUUID } from 'node:crypto';

/** Logto's `signInContext`: where and with what the user signed in. */
export type SignInContext = {
  ip?: string;
  userAgent?: string;
  country?: string;
  city?: string;
};

/** Logto's `lastSubmission` of a sign-in interaction (the keys the Account API returns). */
export type LastSubmission = {
  interactionEvent: 'SignIn';
  userId: string;
  verificationRecords: Array<{ type: 'Password'; verified: boolean }>;
  signInContext?: SignInContext;
};

export type SessionExtension = { clientId: string | null; lastSubmission: LastSubmission };

/** One trusted device, as `GET /api/my-account/trusted-devices` lists it. */
export type TrustedDevice = {
  id: string;
  userId: string;
  userAgent: string;
  country: string | null;
  city: string | null;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
};

const TRUSTED_DEVICE_DAYS = 30;

export class SessionExtensionStore {
  readonly #extensions = new Map<string, SessionExtension>();
  /** The location the next sign-ins are seen from (a test sets it; Logto reads it from the edge). */
  location: Pick<SignInContext, 'country' | 'city'> = {};
  /** Whether the tenant's Logto has the trusted-devices routes at all. */
  trustedDevicesEnabled = false;
  readonly trustedDevices: TrustedDevice[] = [];

  clear(): void {
    this.#extensions.clear();
    this.location = {};
    this.trustedDevicesEnabled = false;
    this.trustedDevices.length = 0;
  }

  /** Remember how a session signed in (keyed by the session's `uid`). */
  record(uid: string, extension: SessionExtension): void {
    this.#extensions.set(uid, extension);
  }

  find(uid: string): SessionExtension | undefined {
    return this.#extensions.get(uid);
  }

  addTrustedDevice(
    device: Pick<TrustedDevice, 'userId' | 'userAgent'> & Partial<TrustedDevice>,
  ): TrustedDevice {
    const now = Date.now();
    const created: TrustedDevice = {
      id: randomUUID().replaceAll('-', '').slice(0, 21),
      createdAt: now,
      lastUsedAt: now,
      expiresAt: now + TRUSTED_DEVICE_DAYS * 24 * 60 * 60 * 1000,
      ...device,
      country: device.country ?? null,
      city: device.city ?? null,
    };
    this.trustedDevices.push(created);
    return created;
  }

  removeTrustedDevice(userId: string, id: string): boolean {
    const index = this.trustedDevices.findIndex(
      (device) => device.id === id && device.userId === userId,
    );
    if (index < 0) return false;
    this.trustedDevices.splice(index, 1);
    return true;
  }
}
