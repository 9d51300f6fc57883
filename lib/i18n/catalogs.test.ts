import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

import { locales } from '@/lib/i18n/locales';

const root = path.resolve(__dirname, 'messages');
const files = readdirSync(path.join(root, 'en'));

type Catalog = Record<string, string>;

/** Every message of a catalog file, by dotted key. */
function flatten(node: unknown, prefix = '', out: Catalog = {}): Catalog {
  if (typeof node === 'string') out[prefix] = node;
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node))
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const load = (locale: string, file: string): Catalog =>
  flatten(JSON.parse(readFileSync(path.join(root, locale, file), 'utf8')));

/**
 * The message's arguments and each plural's selectors. A number may be a plain argument in one
 * language and a plural in another (which needs its forms), so those compare by name only;
 * selects and tags compare by kind too.
 */
function shape(
  elements: MessageFormatElement[],
  args = new Set<string>(),
  plurals: string[][] = [],
) {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.plural
    )
      args.add(element.value);
    if (element.type === TYPE.date || element.type === TYPE.time)
      args.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.select) args.add(`${element.value}:select`);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      if (element.type === TYPE.plural) plurals.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) shape(option.value, args, plurals);
    }
    if (element.type === TYPE.tag) {
      args.add(`${element.value}:tag`);
      shape(element.children, args, plurals);
    }
  }
  return { args, plurals };
}

const english = Object.fromEntries(files.map((file) => [file, load('en', file)]));

describe.each(locales.filter((locale) => locale !== 'en'))('the %s catalog', (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it.each(files)('%s has exactly the keys English has', (file) => {
    expect(Object.keys(load(locale, file)).sort()).toEqual(Object.keys(english[file] ?? {}).sort());
  });

  it.each(files)('%s uses the same arguments, and plurals cover the language’s forms', (file) => {
    const translated = load(locale, file);
    for (const [key, source] of Object.entries(english[file] ?? {})) {
      const message = translated[key];
      if (message === undefined) continue;
      const expected = shape(parse(source, { ignoreTag: false }));
      const actual = shape(parse(message, { ignoreTag: false }));
      expect([...actual.args].sort(), `${file} ${key}`).toEqual([...expected.args].sort());
      for (const selectors of actual.plurals) {
        const missing = categories.filter((category) => !selectors.includes(category));
        expect(missing, `${file} ${key}: plural forms`).toEqual([]);
      }
    }
  });
});
