import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';

import { otpauthUri } from '@/lib/mfa/otpauth';
import { qrCodeSvg } from '@/lib/mfa/qr';

/** The dark modules an SVG draws, read back from its stroked path (`M`/`m` moves, `h` runs). */
function darkModules(svg: string, margin: number): Set<string> {
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M') [x, y] = [numbers[0] ?? 0, numbers[1] ?? 0];
    if (command === 'm') [x, y] = [x + (numbers[0] ?? 0), y + (numbers[1] ?? 0)];
    if (command === 'h') {
      const length = numbers[0] ?? 0;
      for (let column = x; column < x + length; column++) {
        dark.add(`${column - margin},${Math.floor(y) - margin}`);
      }
      x += length;
    }
  }
  return dark;
}

describe('qrCodeSvg', () => {
  const uri = otpauthUri({
    issuer: 'Acme Account',
    account: 'ada@example.com',
    secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  });

  it('is a self-contained SVG with no script, style or external reference', async () => {
    const svg = await qrCodeSvg(uri);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|style=|href=|<image/i);
    expect(svg).toContain('fill="#ffffff"');
  });

  it('draws exactly the QR code of the URI, with a quiet zone', async () => {
    const svg = await qrCodeSvg(uri);
    const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' });
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column)) expected.add(`${column},${row}`);
      }
    }
    expect(darkModules(svg, 2)).toEqual(expected);
  });

  it('is the same for the same secret and differs for another', async () => {
    const other = uri.replace('JBSWY3DP', 'KRSXG5CT');
    expect(await qrCodeSvg(uri)).toBe(await qrCodeSvg(uri));
    expect(await qrCodeSvg(other)).not.toBe(await qrCodeSvg(uri));
  });
});
