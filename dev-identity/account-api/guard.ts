import type { z } from 'zod';

import { LogtoError } from '../errors';

type Zod3Issue = { code: string; path: PropertyKey[]; message: string } & Record<string, unknown>;

/** zod 3's `getParsedType`, which Logto's error bodies report as `received`. */
function parsedType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const formatMessages: Record<string, string> = {
  url: 'Invalid url',
  regex: 'Invalid',
  email: 'Invalid email',
};

/**
 * Logto runs zod 3; this stand-in runs zod 4. Rewrite the issues into zod 3's vocabulary so
 * `data` and `details` read like Logto's (same codes and the usual messages).
 */
function toZod3Issue(issue: z.core.$ZodIssue, input: unknown): Zod3Issue {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'record' ? 'object' : issue.expected;
      const received = parsedType(valueAt(input, path));
      const message =
        received === 'undefined' ? 'Required' : `Expected ${expected}, received ${received}`;
      return { code: 'invalid_type', expected, received, path, message };
    }
    case 'invalid_format': {
      const validation = issue.format;
      return {
        validation,
        code: 'invalid_string',
        path,
        message: formatMessages[validation] ?? 'Invalid',
      };
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'array' ? 'element(s)' : 'character(s)';
      const type = issue.origin === 'array' ? 'array' : 'string';
      const bound = issue.code === 'too_small' ? { minimum: limit } : { maximum: limit };
      const message = `${type === 'array' ? 'Array' : 'String'} must contain ${word} ${String(limit)} ${unit}`;
      return { code: issue.code, ...bound, type, inclusive: true, exact: false, path, message };
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => `'${String(value)}'`).join(' | ');
      const received = valueAt(input, path);
      const message = `Invalid enum value. Expected ${options}, received '${String(received)}'`;
      return { received, code: 'invalid_enum_value', options: issue.values, path, message };
    }
    case 'invalid_union': {
      if (issue.inclusive !== false && issue.discriminator !== undefined) {
        const options = issue.options ?? [];
        const expected = options.map((value) => `'${String(value)}'`).join(' | ');
        return {
          code: 'invalid_union_discriminator',
          options,
          path,
          message: `Invalid discriminator value. Expected ${expected}`,
        };
      }
      return { code: issue.code, path, message: issue.message };
    }
    default:
      return { code: issue.code, path, message: issue.message };
  }
}

/** Logto's `formatZodError`: one line per issue, joined by newlines. */
const formatDetails = (issues: Zod3Issue[]): string =>
  issues
    .map((issue) => {
      const base = `Error in key path "${issue.path.map(String).join('.')}": (${issue.code}) `;
      return issue.code === 'invalid_type'
        ? `${base}Expected ${String(issue.expected)} but received ${String(issue.received)}.`
        : base + issue.message;
    })
    .join('\n');

export type GuardPart = 'body' | 'query' | 'params' | 'files';

/** Logto's `koaGuard` parse: on failure `400 guard.invalid_input` with the zod error. */
export function guard<T>(part: GuardPart, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) {
    return result.data;
  }
  const issues = result.error.issues.map((issue) => toZod3Issue(issue, input));
  throw new LogtoError('guard.invalid_input', {
    interpolation: { type: part },
    data: { issues, name: 'ZodError' },
    details: formatDetails(issues),
  });
}
