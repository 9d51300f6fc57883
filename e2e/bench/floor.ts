import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { securityHeaders } from '../../lib/security/headers';
import { startServer, waitUntilUp } from '../harness/servers';

/** The line of text the floor's page prints; the bench waits for it in the DOM. */
export const floorText = 'Floor page rendered on request';

/** The floor's second page: the same line, sent with the portal's security headers. */
export const floorWithHeadersPath = '/headers';

/**
 * The headers the portal sends on every page, but the CSP: its nonce is made per request by
 * the middleware, and without one the floor's inline scripts could not run.
 */
const portalHeaders = securityHeaders({ nonce: '', dev: false, https: false, avatarHosts: [] })
  .filter(([name]) => name !== 'Content-Security-Policy')
  .map(([key, value]) => ({ key, value }));

const page = [
  "import { connection } from 'next/server';",
  '',
  'export default async function Page() {',
  '  await connection();',
  `  return <p>${floorText} at {new Date().toISOString()}</p>;`,
  '}',
  '',
].join('\n');

/** Inside the repository, so that `next` and `react` resolve to the portal's own copies. */
const floorDir = path.resolve('bench-results/floor');

const files: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  'next.config.mjs': [
    'export default {',
    '  poweredByHeader: false,',
    `  headers: async () => [{ source: '${floorWithHeadersPath}', headers: ${JSON.stringify(portalHeaders)} }],`,
    '};',
    '',
  ].join('\n'),
  'app/layout.jsx': [
    'export default function RootLayout({ children }) {',
    '  return (<html lang="en"><body>{children}</body></html>);',
    '}',
    '',
  ].join('\n'),
  'app/page.jsx': page,
  [`app${floorWithHeadersPath}/page.jsx`]: page,
};

/**
 * Writes and builds the smallest App Router app there is, with the portal's `next` and `react`:
 * one dynamic page that prints a line of text. Its figures are the floor the portal is compared to.
 * The same page at `/headers` comes with the portal's security headers, which have a cost of
 * their own in the browser: Cross-Origin-Opener-Policy opens a new tab's page in a new process.
 */
export function buildFloor(): void {
  rmSync(floorDir, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(floorDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const result = spawnSync('node_modules/.bin/next', ['build', floorDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`next build of the floor app failed (exit ${result.status ?? result.signal})`);
  }
}

/** Serves the built floor app on `port`; `stopAllServers()` stops it. */
export async function startFloor(port: number): Promise<string> {
  const server = startServer(
    'floor',
    'node_modules/.bin/next',
    ['start', floorDir, '--port', String(port)],
    {},
  );
  const url = `http://localhost:${port}`;
  await waitUntilUp(server, url, 60_000);
  return url;
}
