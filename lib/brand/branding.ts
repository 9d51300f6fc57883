import 'server-only';

import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';

import { getSignInExperience } from '@/lib/account-api/my-account';
import { accentPalette, type AccentPalette } from '@/lib/brand/colors';

/** What the shell shows of the tenant's brand; every part is optional. */
export type Branding = {
  logoUrl?: string;
  darkLogoUrl?: string;
  favicon?: string;
  light?: AccentPalette;
  dark?: AccentPalette;
};

/** Only pictures a browser may load from a CSP `img-src` of https hosts (or this Logto). */
const pictureUrl = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ['https:', 'http:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The tenant's logo, favicon and accent colours from the sign-in experience, with colours made
 * safe for contrast. A failed read gives the neutral brand: the shell never breaks over it.
 */
export const loadBranding = cache(async (): Promise<Branding> => {
  try {
    const { branding, color } = await getSignInExperience();
    const primary = color.primaryColor;
    const dark = color.isDarkModeEnabled ? color.darkPrimaryColor : primary;
    return {
      logoUrl: pictureUrl(branding.logoUrl),
      darkLogoUrl: pictureUrl(branding.darkLogoUrl),
      favicon: pictureUrl(branding.favicon),
      light: primary ? accentPalette(primary, 'light') : undefined,
      dark: dark ? accentPalette(dark, 'dark') : undefined,
    };
  } catch (error) {
    unstable_rethrow(error);
    return {};
  }
});

/** The CSS custom properties of the accent, for a nonced `<style>` element. */
export function accentStyles({ light, dark }: Branding): string {
  const vars = (p: AccentPalette) =>
    `--accent:${p.accent};--on-accent:${p.onAccent};--accent-text:${p.accentText};`;
  return [
    light ? `:root{${vars(light)}}` : '',
    dark ? `@media (prefers-color-scheme: dark){:root{${vars(dark)}}}` : '',
  ].join('');
}
