import 'server-only';

import QRCode from 'qrcode';

/**
 * A QR code as an SVG document, drawn on the server so the browser needs no script or image
 * request for it. Black on white with a quiet zone, whatever the theme: scanners need the contrast.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
}
