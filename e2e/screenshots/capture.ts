import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Browser, Page } from '@playwright/test';

import type { Locale } from '../../lib/i18n/locales';
import type { Site, StorageState } from '../harness/site';
import type { StandIn } from '../stand-in';

export type Scheme = 'light' | 'dark';

/** One way of looking at a page: language, colour scheme and viewport width in CSS pixels. */
export type Variant = { locale: Locale; scheme: Scheme; width: number };

/** One subject of the pictures: a page (or a dialog over one) in a given state. */
export type Shot = {
  /** The first part of the file name: `<name>.<lang>.<scheme>.<width>.png`. */
  name: string;
  /** The portal path to open; redirects are followed (`/sign-in` ends on the stand-in's page). */
  path: string;
  /** Opened without the demo user's session. */
  signedOut?: boolean;
  /** The status the page should answer (default 200). Any other 404 means "not in the app yet". */
  status?: number;
  /**
   * Puts the stand-in into the state the picture needs, through its test controls. A shot with
   * this step runs on its own, and the stand-in is reset and the demo user signed in again after.
   */
  standIn?: (standIn: StandIn) => Promise<unknown>;
  /** Runs once the page has loaded, e.g. clicks a button that opens a dialog. */
  open?: (page: Page) => Promise<void>;
};

/** The page, or what the shot needs on it, is not in the app yet: skip the shot, don't fail it. */
export class NotInAppYet extends Error {}

/** What one written picture looks like. */
export type Picture = { file: string; width: number; height: number };

/** Viewport heights: a common phone's below 600 px of width, a laptop's above. */
const heightFor = (width: number) => (width < 600 ? 844 : 800);

/** `Accept-Language` (and `navigator.language`) of a browser set to this language. */
const browserLocale = (locale: Locale) =>
  ({ en: 'en-US', ja: 'ja-JP' })[locale as string] ?? locale;

export const fileName = (shot: Shot, { locale, scheme, width }: Variant) =>
  `${shot.name}.${locale}.${scheme}.${width}.png`;

/**
 * Clicks the link to the task at `taskPath` once the page is hydrated, and waits for the dialog
 * it opens over the page (a task route intercepted into a modal).
 */
export function openDialogFor(taskPath: string): (page: Page) => Promise<void> {
  const selector = `a[href="${taskPath}"]`;
  return async (page) => {
    const trigger = page.locator(selector).first();
    if ((await trigger.count()) === 0) {
      throw new NotInAppYet(`no link to ${taskPath} on ${new URL(page.url()).pathname}`);
    }
    // Before React hydrates the link, a click is a plain navigation to the full page.
    await page.waitForFunction((css) => {
      const element = document.querySelector(css);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__react'));
    }, selector);
    await trigger.click();
    try {
      await page.getByRole('dialog').waitFor({ timeout: 5000 });
    } catch {
      throw new Error(`the link to ${taskPath} opened no dialog (now on ${page.url()})`);
    }
  };
}

/** Reads a PNG's size from its header (the IHDR chunk always comes first). */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Checks that the page is the one the picture is meant to show, or says why not. */
async function checkLanded(page: Page, site: Site, shot: Shot, variant: Variant, status?: number) {
  const expected = shot.status ?? 200;
  if (status === 404 && expected !== 404) {
    throw new NotInAppYet(`${shot.path} answers 404`);
  }
  if (status !== expected) {
    throw new Error(`${shot.path} answered ${status ?? 'nothing'}, not ${expected}`);
  }
  const onPortal = new URL(page.url()).origin === site.portal;
  if (!shot.signedOut && !onPortal) {
    throw new Error(`${shot.path} sent the browser to ${page.url()}: the session did not hold`);
  }
  // The stand-in's own pages are in English only.
  const lang = onPortal ? await page.locator('html').getAttribute('lang') : variant.locale;
  if (lang !== variant.locale) {
    throw new Error(`${shot.path} came in "${lang}", not "${variant.locale}"`);
  }
}

/** Opens the shot in a fresh browser context set up for the variant and writes a full-page PNG. */
export async function capture(
  browser: Browser,
  site: Site,
  session: StorageState,
  shot: Shot,
  variant: Variant,
  outDir: string,
): Promise<Picture> {
  const context = await browser.newContext({
    baseURL: site.portal,
    storageState: shot.signedOut ? undefined : session,
    colorScheme: variant.scheme,
    locale: browserLocale(variant.locale),
    viewport: { width: variant.width, height: heightFor(variant.width) },
    // One device pixel per CSS pixel keeps the files small.
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  try {
    const page = await context.newPage();
    const response = await page.goto(shot.path);
    await checkLanded(page, site, shot, variant, response?.status());
    await shot.open?.(page);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
    const file = path.join(outDir, fileName(shot, variant));
    await mkdir(outDir, { recursive: true });
    await writeFile(file, png);
    return { file, ...pngSize(png) };
  } finally {
    await context.close();
  }
}
