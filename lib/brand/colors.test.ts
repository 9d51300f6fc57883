import { describe, expect, it } from 'vitest';

import { accentPalette, contrastRatio, minimumContrast, parseHex } from './colors';

const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);

describe('accentPalette', () => {
  it("keeps a tenant colour that already passes (Logto's default purple in light mode)", () => {
    const palette = accentPalette('#6139F6', 'light')!;
    expect(palette.accent).toBe('#6139f6');
    expect(palette.onAccent).toBe('#ffffff');
    expect(palette.adjusted).toBe(false);
  });

  it('darkens a pale yellow until white-on-accent or dark-on-accent text passes AA', () => {
    const palette = accentPalette('#ffe066', 'light')!;
    expect(ratio(palette.accent, palette.onAccent)).toBeGreaterThanOrEqual(minimumContrast);
    expect(ratio(palette.accentText, '#fafafa')).toBeGreaterThanOrEqual(minimumContrast);
    expect(palette.adjusted).toBe(true);
  });

  it('lightens a dark navy used as link text on the dark page', () => {
    const palette = accentPalette('#1e1b4b', 'dark')!;
    expect(ratio(palette.accentText, '#09090b')).toBeGreaterThanOrEqual(minimumContrast);
    expect(ratio(palette.accent, palette.onAccent)).toBeGreaterThanOrEqual(minimumContrast);
  });

  it('accepts three-digit colours and refuses anything that is not a hex colour', () => {
    expect(accentPalette('#0af', 'light')).toBeDefined();
    expect(accentPalette('red', 'light')).toBeUndefined();
    expect(accentPalette('url(javascript:alert(1))', 'dark')).toBeUndefined();
  });

  it('passes for every grey from black to white, in both schemes', () => {
    for (let v = 0; v <= 255; v += 15) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      for (const scheme of ['light', 'dark'] as const) {
        const p = accentPalette(hex, scheme)!;
        expect(ratio(p.accent, p.onAccent)).toBeGreaterThanOrEqual(minimumContrast);
        const page = scheme === 'light' ? '#fafafa' : '#09090b';
        expect(ratio(p.accentText, page)).toBeGreaterThanOrEqual(minimumContrast);
      }
    }
  });
});
