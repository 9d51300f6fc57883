/**
 * The tenant's accent colour, made safe to use: a colour a tenant chose is never shipped if text
 * drawn on it (or the colour used as link text) would fail WCAG AA. Pure: unit-tested, no I/O.
 */

type Rgb = [number, number, number];

/** WCAG AA for normal text. */
export const minimumContrast = 4.5;

/** `#abc` or `#aabbcc` → channels 0–255; anything else → undefined. */
export function parseHex(value: string | null | undefined): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, 1–21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Mixes `rgb` towards `target` by `amount` (0–1). */
function mix(rgb: Rgb, target: Rgb, amount: number): Rgb {
  return rgb.map((c, i) => c + (target[i]! - c) * amount) as Rgb;
}

const white: Rgb = [255, 255, 255];
const black: Rgb = [0, 0, 0];
/** zinc-900: the dark text drawn on light accents. */
const ink: Rgb = [24, 24, 27];

/** Moves a colour towards black or white in small steps until it contrasts enough with `other`. */
function untilContrast(rgb: Rgb, other: Rgb, towards: Rgb, minimum = minimumContrast): Rgb {
  for (let step = 0; step <= 40; step += 1) {
    // Rounded first: the check must hold for the colour actually shipped.
    const candidate = mix(rgb, towards, step / 40).map(Math.round) as Rgb;
    if (contrastRatio(candidate, other) >= minimum) return candidate;
  }
  return towards;
}

export type AccentPalette = {
  /** Button and badge background. */
  accent: string;
  /** Text drawn on the accent. */
  onAccent: string;
  /** The accent as text (links) and focus rings on the page background. */
  accentText: string;
  /** Whether the tenant's colour had to be changed to pass. */
  adjusted: boolean;
};

/**
 * A palette for one colour scheme. `page` is the background the accent sits on. The accent
 * keeps its hue; it is darkened (light scheme) or lightened (dark scheme) only as far as needed.
 */
export function accentPalette(color: string, scheme: 'light' | 'dark'): AccentPalette | undefined {
  const rgb = parseHex(color);
  if (!rgb) return undefined;
  const page: Rgb = scheme === 'light' ? [250, 250, 250] : [9, 9, 11];
  const away = scheme === 'light' ? black : white;
  // Text on the accent: whichever of white or near-black reads better, then the accent is moved
  // away from it until the pair passes.
  // A button must stand out from the page (3:1, WCAG 1.4.11) before its text is considered.
  const visible = untilContrast(rgb, page, away, 3);
  const onAccent = contrastRatio(visible, white) >= contrastRatio(visible, ink) ? white : ink;
  const accent = untilContrast(visible, onAccent, onAccent === white ? black : white);
  const accentText = untilContrast(rgb, page, away);
  const adjusted = toHex(accent) !== toHex(rgb) || toHex(accentText) !== toHex(rgb);
  return {
    accent: toHex(accent),
    onAccent: toHex(onAccent),
    accentText: toHex(accentText),
    adjusted,
  };
}
