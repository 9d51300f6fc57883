import { parseArgs } from 'node:util';

import { locales, type Locale } from '../../lib/i18n/locales';

import type { Scheme, Variant } from './capture';

export type Options = {
  build: boolean;
  /** Names of the shots to take; every shot when absent. */
  only?: string[];
  variants: Variant[];
  ports: { portal: number; standIn: number };
  /** Pictures taken at once. */
  jobs: number;
};

/** A wrong command line: the script prints the message and the usage, and exits 2. */
export class UsageError extends Error {}

const schemes: readonly Scheme[] = ['light', 'dark'];
const defaultWidths = [1280, 390];

export const usage = `Usage: npm run screenshots -- [options]

  --only <name>           only this page (repeat, or separate with commas)
  --locale <tag>          only this language (any of the twenty; default en, ja and ar)
  --scheme <light|dark>   only this colour scheme
  --width <px>            only this viewport width (default: 1280 and 390)
  --no-build              use the last build in .next-screenshots
  --port <n>              the portal's port (default 3600)
  --stand-in-port <n>     the stand-in's port (default 3601)
  --jobs <n>              pictures taken at once (default 2)
  -h, --help              this text`;

/** Every value of a repeatable, comma-separated option. */
const listOf = (values: string[] | undefined) =>
  values?.flatMap((value) => value.split(',')).map((value) => value.trim()) ?? [];

function integer(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${raw}"`);
  }
  return value;
}

function pick<T extends string>(name: string, raw: string[], known: readonly T[]): T[] {
  for (const value of raw) {
    if (!(known as readonly string[]).includes(value)) {
      throw new UsageError(`--${name} "${value}" is not one of ${known.join(', ')}`);
    }
  }
  return raw.length > 0 ? (raw as T[]) : [...known];
}

/** Reads the command line; `names` are the shots `--only` may choose from. */
export function parseOptions(argv: string[], names: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        only: { type: 'string', multiple: true },
        locale: { type: 'string', multiple: true },
        scheme: { type: 'string', multiple: true },
        width: { type: 'string', multiple: true },
        'no-build': { type: 'boolean' },
        port: { type: 'string' },
        'stand-in-port': { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.help) return 'help';

  const only = listOf(parsed.only);
  const unknown = only.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`no page named ${unknown.join(', ')}; the pages: ${names.join(', ')}`);
  }
  // By default English, Japanese and Arabic (right to left); `--locale` picks any of the twenty.
  const chosenLocales = pick<Locale>('locale', listOf(parsed.locale), locales);
  const shownLocales =
    listOf(parsed.locale).length > 0 ? chosenLocales : (['en', 'ja', 'ar'] as Locale[]);
  const chosenSchemes = pick('scheme', listOf(parsed.scheme), schemes);
  const widths = listOf(parsed.width).map((raw) => integer('width', raw, 0, 200));
  const variants = shownLocales.flatMap((locale) =>
    chosenSchemes.flatMap((scheme) =>
      (widths.length > 0 ? widths : defaultWidths).map((width) => ({ locale, scheme, width })),
    ),
  );
  return {
    build: !parsed['no-build'],
    only: only.length > 0 ? only : undefined,
    variants,
    ports: {
      portal: integer('port', parsed.port, 3600, 1),
      standIn: integer('stand-in-port', parsed['stand-in-port'], 3601, 1),
    },
    jobs: integer('jobs', parsed.jobs, 2, 1),
  };
}
