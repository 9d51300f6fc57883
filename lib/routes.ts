/** Every path the portal links or redirects to, in one place. */
export const routes = {
  home: '/',
  account: '/account',
  security: '/account/security',
  stepUp: '/account/security/verify',
  privacy: '/account/privacy',
  /** After the account is deleted; reached signed out. */
  goodbye: '/goodbye',
  signIn: '/sign-in',
  callback: '/callback',
  /** The status page (503 or 429) shown instead of an account page Logto can't serve. */
  unavailable: '/unavailable',
} as const;

/** The security tasks, each on its own URL (a full page, or a dialog over the summary). */
export const securityTasks = {
  username: `${routes.security}/username`,
  removeUsername: `${routes.security}/username/remove`,
  email: `${routes.security}/email`,
  removeEmail: `${routes.security}/email/remove`,
  phone: `${routes.security}/phone`,
  removePhone: `${routes.security}/phone/remove`,
  password: `${routes.security}/password`,
} as const;

/** Two-step verification tasks: authenticator app, backup codes, passkeys. */
export const mfaTasks = {
  totp: `${routes.security}/mfa/totp`,
  removeTotp: `${routes.security}/mfa/totp/remove`,
  backupCodes: `${routes.security}/mfa/backup-codes`,
  viewBackupCodes: `${routes.security}/mfa/backup-codes/view`,
  /** A route handler: the new codes as a .txt attachment. */
  downloadBackupCodes: `${routes.security}/mfa/backup-codes/download`,
  newPasskey: `${routes.security}/mfa/passkeys/new`,
  renamePasskey: (id: string) => `${routes.security}/mfa/passkeys/${encodeURIComponent(id)}/rename`,
  removePasskey: (id: string) => `${routes.security}/mfa/passkeys/${encodeURIComponent(id)}/remove`,
} as const;

/** The profile's tasks: each card's form on its own URL (a full page, or a dialog over it). */
export const profileTasks = {
  picture: `${routes.account}/profile/picture`,
  details: `${routes.account}/profile/details`,
  address: `${routes.account}/profile/address`,
} as const;

export type ProfileCard = keyof typeof profileTasks;

/** The profile announcing a saved card: `outcome` names the confirmation, `card` the anchor. */
export const profileDonePath = (outcome: string, card: ProfileCard) =>
  `${routes.account}?done=${outcome}#${card}`;

/** Data & privacy: deleting the account, and the data file (a route handler). */
export const privacyTasks = {
  deleteAccount: '/account/privacy/delete',
  download: '/account/privacy/download',
} as const;

/** The confirmation step before disconnecting a social account. */
export const disconnectSocialPath = (target: string) =>
  `${routes.security}/social/${encodeURIComponent(target)}`;

/** The security summary announcing a finished change on the row it concerns. */
export const securityDonePath = (outcome: string, row: string) =>
  `${routes.security}?done=${outcome}#${row}`;

/** The sign-in route that brings the user back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  return returnTo ? `${routes.signIn}?returnTo=${encodeURIComponent(returnTo)}` : routes.signIn;
}
