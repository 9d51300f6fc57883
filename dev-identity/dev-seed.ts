/**
 * What `npm run dev` (dev mode, which has no reset) adds to the seed, so the portal looks and works
 * like a configured customer tenant: the stand-in's "Acme" branding, the MFA factors an
 * administrator would switch on, and the portal's origin as a WebAuthn related origin.
 */
import { devColor, standInBranding } from './assets/branding';
import type { StandInState } from './state';

export function seedDevTenant(
  state: StandInState,
  { origin, portalUrl }: { origin: string; portalUrl: string },
): void {
  state.signInExperience = {
    ...state.signInExperience,
    branding: standInBranding(origin),
    color: { ...devColor },
    mfa: { ...state.signInExperience.mfa, factors: ['Totp', 'WebAuthn', 'BackupCode'] },
  };
  // The browser signs passkeys with the portal's origin, not the API's (§4.3.7).
  state.accountCenter = {
    ...state.accountCenter,
    webauthnRelatedOrigins: [new URL(portalUrl).origin],
  };
}
