import type { RegistrationOptions } from '@/lib/account-api/mfa-schemas';
import type { FieldMode } from '@/lib/account-api/schemas';
import type { MfaAvailability } from '@/lib/mfa/policy';
import type { Device } from '@/lib/user-agent';

/** A browser and operating system named from a user agent, either of which may be unknown. */
export type { Device };
/** A device's name for people: "Chrome on macOS", or whichever half is known. */
export function deviceName(
  device: Device | undefined,
  both: (parts: { browser: string; os: string }) => string,
): string | undefined {
  if (device?.browser && device.os) return both({ browser: device.browser, os: device.os });
  return device?.browser ?? device?.os;
}

/** One passkey as the summary shows it; dates already formatted for the reader. */
export type PasskeyItem = {
  id: string;
  name?: string;
  device?: Device;
  created?: string;
  lastUsed?: string;
};

/** What the two-step verification card and its tasks read, without any secret. */
export type MfaView = {
  availability: MfaAvailability;
  modes: { mfa: FieldMode; passkey: FieldMode };
  totp?: { id: string; since?: string };
  backupCodes?: { id: string; remaining: number };
  passkeys: PasskeyItem[];
  signIn: { mandatory: boolean; skip: boolean };
  /** The factors could not be read: rows say so instead of showing a wrong state. */
  unavailable: boolean;
};

/** Whether the user has a factor backup codes can stand beside (Logto refuses them alone). */
export const hasPrimaryFactor = (view: Pick<MfaView, 'totp' | 'passkeys'>) =>
  Boolean(view.totp) || view.passkeys.length > 0;

/** Whether there is anything to ask for at sign-in. */
export const hasAnyFactor = (view: Pick<MfaView, 'totp' | 'passkeys' | 'backupCodes'>) =>
  hasPrimaryFactor(view) || Boolean(view.backupCodes);

/** What the browser needs to start a passkey ceremony, or why it can't (a catalog key). */
export type PasskeyStart =
  { status: 'ready'; options: RegistrationOptions } | { status: 'error'; message: string };
