/**
 * The stand-in's own brand images, so tests and `npm run dev` can point the sign-in experience's
 * `branding` at real URLs: an "Acme" logo and favicon, each in a light and a dark variant.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

import type { Router } from '../http/router';
import type { Branding, Color } from '../state/sign-in-experience';

/** The tenant name the dev seed's logos show (Logto has no name field; see README). */
export const DEV_BRAND_NAME = 'Acme';

const MARK = 'M16 6 25 26h-4.2l-1.8-4.2h-6L11.2 26H7L16 6Zm0 7.6-1.7 4.6h3.4L16 13.6Z';

type Palette = { tile: string; letter: string; text: string };

const light: Palette = { tile: '#0F766E', letter: '#FFFFFF', text: '#0F172A' };
const dark: Palette = { tile: '#2DD4BF', letter: '#042F2E', text: '#F8FAFC' };

const svg = (viewBox: string, width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" role="img"><title>${DEV_BRAND_NAME}</title>${body}</svg>\n`;

const mark = ({ tile, letter }: Palette) =>
  `<rect width="32" height="32" rx="7" fill="${tile}"/><path d="${MARK}" fill="${letter}"/>`;

const logo = (palette: Palette) =>
  svg(
    '0 0 124 32',
    124,
    32,
    `${mark(palette)}<text x="42" y="24" fill="${palette.text}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="22" font-weight="700">${DEV_BRAND_NAME}</text>`,
  );

const favicon = (palette: Palette) => svg('0 0 32 32', 32, 32, mark(palette));

type Asset = { type: string; body: string | Buffer };

/** A 64×64 PNG of the light favicon, for clients that want a bitmap (and `/favicon.ico`). */
const faviconPng = readFileSync(new URL('./favicon.png', import.meta.url));

const assets: ReadonlyMap<string, Asset> = new Map([
  ['logo.svg', { type: 'image/svg+xml', body: logo(light) }],
  ['logo-dark.svg', { type: 'image/svg+xml', body: logo(dark) }],
  ['favicon.svg', { type: 'image/svg+xml', body: favicon(light) }],
  ['favicon-dark.svg', { type: 'image/svg+xml', body: favicon(dark) }],
  ['favicon.png', { type: 'image/png', body: faviconPng }],
]);

/** The asset names `GET /assets/:name` serves. */
export const assetNames = [...assets.keys()];

function sendAsset(res: ServerResponse, asset: Asset): void {
  const body = typeof asset.body === 'string' ? Buffer.from(asset.body) : asset.body;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
    // Opened directly, an SVG is a document: allow nothing but its own inline styles.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(body);
}

/** `GET /assets/:name` and `GET /favicon.ico` (the PNG; browsers read it whatever the name). */
export function registerAssetRoutes(router: Router): void {
  router.get('/assets/:name', async ({ res, params }) => {
    const asset = assets.get(params.name ?? '');
    if (!asset) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not Found');
      return;
    }
    sendAsset(res, asset);
  });
  router.get('/favicon.ico', async ({ res }) => {
    sendAsset(res, { type: 'image/png', body: faviconPng });
  });
}

/** Branding that points at this stand-in's images. */
export const standInBranding = (origin: string): Required<Branding> => ({
  logoUrl: `${origin}/assets/logo.svg`,
  darkLogoUrl: `${origin}/assets/logo-dark.svg`,
  favicon: `${origin}/assets/favicon.svg`,
  darkFavicon: `${origin}/assets/favicon-dark.svg`,
});

/** The dev seed's colours: the logos' teal, with a dark theme. */
export const devColor: Color = {
  primaryColor: '#0F766E',
  isDarkModeEnabled: true,
  darkPrimaryColor: '#2DD4BF',
};
