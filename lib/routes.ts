/** Every path the portal links or redirects to, in one place. */
export const routes = {
  home: '/',
  account: '/account',
  security: '/account/security',
  stepUp: '/account/security/verify',
  signIn: '/sign-in',
  callback: '/callback',
  /** The status page (503 or 429) shown instead of an account page Logto can't serve. */
  unavailable: '/unavailable',
} as const;

/** The sign-in route that brings the user back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  return returnTo ? `${routes.signIn}?returnTo=${encodeURIComponent(returnTo)}` : routes.signIn;
}
