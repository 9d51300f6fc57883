import type { PageLoad } from './browser-timing';
import type { LoadStep } from './load';

export type Stats = { median: number; p90: number };

/** Median and nearest-rank 90th percentile of the samples. */
export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (index: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, index))] ?? Number.NaN;
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? at(Math.floor(middle)) : (at(middle - 1) + at(middle)) / 2;
  return { median, p90: at(Math.ceil(sorted.length * 0.9) - 1) };
}

/** Everything one bench run measured, as written to the JSON file. */
export type BenchResult = {
  at: string;
  commit: string;
  machine: { cores: number; node: string; next: string; react: string };
  buildSeconds: number;
  browserRuns: number;
  /** Medians per page; the first two are the floor app, without and with the portal's headers. */
  pages: { name: string; median: PageLoad }[];
  server: {
    runs: number;
    portal: Stats;
    accountApi: Stats;
    /** The floor app's page: what Next.js itself takes to render a dynamic page. */
    floor: Stats;
    overheadMedian: number;
  };
  load: { url: string; seconds: number; steps: LoadStep[] };
  refreshAfterExpiry: { requests: number; statuses: Record<string, number> };
};

/** The median of each figure over a page's loads. */
export function medianLoad(loads: PageLoad[]): PageLoad {
  const figure = (key: keyof PageLoad) => stats(loads.map((load) => load[key])).median;
  return {
    ttfb: figure('ttfb'),
    text: figure('text'),
    firstContentfulPaint: figure('firstContentfulPaint'),
    htmlBytes: figure('htmlBytes'),
    jsBytes: figure('jsBytes'),
    cssBytes: figure('cssBytes'),
    requests: figure('requests'),
  };
}

const ms = (value: number) => value.toFixed(0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const signed = (value: string) => (value.startsWith('-') ? value : `+${value}`);

/** Left-aligns the first cell and right-aligns the rest. */
function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
}

/** The report, as lines of text. */
export function reportLines(result: BenchResult): string[] {
  const [floor, headersFloor, ...portalPages] = result.pages;
  if (!floor || !headersFloor) return [];
  const pageWidths = [28, 5, 5, 5, 7, 6, 6, 4, 9, 9, 10];
  const isFloor = (name: string) => name === floor.name || name === headersFloor.name;
  const pageRow = ({ name, median }: (typeof result.pages)[number]) =>
    row(
      [
        name,
        ms(median.ttfb),
        ms(median.text),
        ms(median.firstContentfulPaint),
        kb(median.htmlBytes),
        kb(median.jsBytes),
        kb(median.cssBytes),
        String(median.requests),
        name === floor.name ? '' : signed(ms(median.text - floor.median.text)),
        isFloor(name) ? '' : signed(kb(median.jsBytes - floor.median.jsBytes)),
        isFloor(name) ? '' : signed(ms(median.text - headersFloor.median.text)),
      ],
      pageWidths,
    );
  const loadWidths = [12, 8, 8, 8, 7, 16];
  const serverWidths = [34, 8, 8];
  const { server, load, refreshAfterExpiry, machine } = result;
  return [
    `Portal bench ${result.at} at ${result.commit}: ${machine.cores} cores, node ${machine.node}, next ${machine.next}, react ${machine.react}; build ${result.buildSeconds.toFixed(0)} s`,
    '',
    `Browser, cold cache, medians of ${result.browserRuns} loads (ms from navigation start; KB as sent, compressed)`,
    row(
      [
        'page',
        'TTFB',
        'text',
        'FCP',
        'HTML KB',
        'JS KB',
        'CSS KB',
        'reqs',
        'text-floor',
        'JS-floor',
        'text-floorH',
      ],
      pageWidths,
    ),
    pageRow(floor),
    pageRow(headersFloor),
    ...portalPages.map(pageRow),
    `${headersFloor.name}: the floor's page with the portal's security headers (not the CSP); text-floorH is the text's time over it`,
    '',
    `Server render of /account, ${server.runs} times, in turns with its API read and the floor (ms, to the end of the body)`,
    row(['', 'median', 'p90'], serverWidths),
    row(['portal GET /account', ms(server.portal.median), ms(server.portal.p90)], serverWidths),
    row(
      [
        'its Account API read (the account)',
        ms(server.accountApi.median),
        ms(server.accountApi.p90),
      ],
      serverWidths,
    ),
    row(
      ['floor GET / (Next.js alone)', ms(server.floor.median), ms(server.floor.p90)],
      serverWidths,
    ),
    `portal's own time per render (median difference): ${server.overheadMedian.toFixed(1)} ms, ` +
      `${(server.overheadMedian - server.floor.median).toFixed(1)} ms above the floor's render`,
    '',
    `Load: ${load.url}, signed in, loopback, ${load.seconds} s per step`,
    row(['connections', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server RSS MB'], loadWidths),
    ...load.steps.map((step) =>
      row(
        [
          String(step.connections),
          step.requestsPerSecond.toFixed(1),
          String(step.p50),
          String(step.p99),
          String(step.errors),
          `${step.memoryBeforeMb.toFixed(0)} -> ${step.memoryAfterMb.toFixed(0)}`,
        ],
        loadWidths,
      ),
    ),
    '',
    `${refreshAfterExpiry.requests} parallel requests just after the access token expired: ${Object.entries(
      refreshAfterExpiry.statuses,
    )
      .map(([status, count]) => `${count} answered ${status}`)
      .join(', ')}`,
  ];
}
