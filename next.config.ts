import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';

import { ConfigError, parseConfig } from './lib/env';
import { locales } from './lib/i18n/locales';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // The catalogs' ICU messages are compiled at build time: pages format them without a parser,
    // and the browser gets a small formatter instead of intl-messageformat.
    messages: { path: './lib/i18n/messages', format: 'json', locales, precompile: true },
  },
});

const nextConfig: NextConfig = {
  // A separate build folder lets two builds (say, a benchmark and a test run) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Without JavaScript a profile picture is posted whole (with it, it is cropped to a small
    // 512×512 file first): room for a phone photo, half of Logto's own 20 MB limit.
    serverActions: { bodySizeLimit: '10mb' },
  },
};

export default function config(phase: string): NextConfig {
  // Fail at start-up, in one line, rather than on the first request.
  if (phase === PHASE_DEVELOPMENT_SERVER || phase === PHASE_PRODUCTION_SERVER) {
    try {
      parseConfig(process.env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(`Configuration error: ${error.message}. See .env.example.`);
      process.exit(1);
    }
  }
  return withNextIntl(nextConfig);
}
