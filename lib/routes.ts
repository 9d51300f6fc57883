/** Every path the portal links or redirects to, in one place. */
export const routes = {
  home: '/',
  account: '/account',
  security: '/account/security',
  stepUp: '/account/security/verify',
  signIn: '/sign-in',
  callback: '/callback',
} as const;

/** The sign-in route that brings the user back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  return returnTo ? `${routes.signIn}?returnTo=${encodeURIComponent(returnTo)}` : routes.signIn;
}
