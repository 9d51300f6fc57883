import type { Browser } from '@playwright/test';

import type { StorageState } from '../harness/site';

/** One page load in a fresh browser context (cold cache). Times in ms from navigation start. */
export type PageLoad = {
  /** The first byte of the HTML. */
  ttfb: number;
  /** The marker text, visible (not in a hidden streaming slot), inside the page. */
  text: number;
  firstContentfulPaint: number;
  /** Bytes on the wire (compressed as served). */
  htmlBytes: number;
  jsBytes: number;
  cssBytes: number;
  requests: number;
};

export type TimingTarget = {
  name: string;
  url: string;
  /** Text the page shows once its content is there. */
  marker: string;
  /** Where the marker must appear (`main` on the portal's pages). */
  within: string;
  storageState?: StorageState;
};

type Probe = { textAt?: number };

/**
 * Runs in the page before its HTML arrives: notes when the marker first sits in a node the user
 * can see (React streams late content into hidden slots and moves it in; the move counts).
 */
function watchForText({ marker, within }: { marker: string; within: string }): void {
  const probe: Probe = {};
  Reflect.set(window, '__benchProbe', probe);
  new MutationObserver((records) => {
    if (probe.textAt !== undefined) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        const element = node instanceof Element ? node : node.parentElement;
        if (!element || element.closest('script, style, template, [hidden]')) continue;
        if (!element.closest(within) && !element.querySelector(within)) continue;
        if (node.textContent?.includes(marker)) {
          probe.textAt = performance.now();
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Reads the load's figures from the page's own timing entries once the text and paint are in. */
function readFigures(): Omit<PageLoad, 'text'> & { text?: number } {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  // No named helper functions in here: the bundler would wrap them in a helper the page lacks.
  const sizes = { js: 0, css: 0 };
  for (const entry of resources) {
    const { pathname } = new URL(entry.name);
    if (pathname.endsWith('.js')) sizes.js += entry.encodedBodySize;
    if (pathname.endsWith('.css')) sizes.css += entry.encodedBodySize;
  }
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    ttfb: navigation?.responseStart ?? Number.NaN,
    text: (Reflect.get(window, '__benchProbe') as Probe | undefined)?.textAt,
    firstContentfulPaint: paint?.startTime ?? Number.NaN,
    htmlBytes: navigation?.encodedBodySize ?? Number.NaN,
    jsBytes: sizes.js,
    cssBytes: sizes.css,
    requests: resources.length + 1,
  };
}

/** Loads the target once in a fresh context and returns its figures. */
async function loadOnce(browser: Browser, target: TimingTarget): Promise<PageLoad> {
  const context = await browser.newContext({ storageState: target.storageState });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForText, { marker: target.marker, within: target.within });
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        (Reflect.get(window, '__benchProbe') as Probe | undefined)?.textAt !== undefined &&
        performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    const figures = await page.evaluate(readFigures);
    if (figures.text === undefined) throw new Error(`${target.name}: the marker never appeared`);
    return { ...figures, text: figures.text };
  } finally {
    await context.close();
  }
}

/** Loads each target `runs` times, interleaved so that a busy moment hits all alike. */
export async function timeLoads(
  browser: Browser,
  targets: TimingTarget[],
  runs: number,
): Promise<Map<string, PageLoad[]>> {
  const loads = new Map(targets.map((target) => [target.name, [] as PageLoad[]]));
  // One untimed load each warms the servers (not the browser: every context starts cold).
  for (const target of targets) await loadOnce(browser, target);
  for (let run = 0; run < runs; run += 1) {
    for (const target of targets) loads.get(target.name)?.push(await loadOnce(browser, target));
  }
  return loads;
}
