import type { IncomingMessage, ServerResponse } from 'node:http';

import { BodyParseError } from '../errors';

/** koa-body's default JSON limit. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** co-body's strict mode accepts only an object or an array at the top level. */
const strictJsonStart = /^[\x20\x09\x0a\x0d]*[[{]/;

/** Read the whole request body as UTF-8, or fail with 413 past the limit. */
export async function readRawBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      throw new BodyParseError('request entity too large', 413);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const mediaType = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const isJsonType = (type: string) => type === 'application/json' || type.endsWith('+json');

/**
 * Parse a request body the way Logto's koa-body does: JSON (strict) and urlencoded forms;
 * anything else, or an empty body, reads as `{}`. Malformed JSON throws `BodyParseError`.
 */
export async function parseBody(req: IncomingMessage): Promise<unknown> {
  const type = mediaType(req);
  const raw = await readRawBody(req);
  if (isJsonType(type)) {
    if (raw.length === 0) {
      return {};
    }
    if (!strictJsonStart.test(raw)) {
      throw new BodyParseError('invalid JSON, only supports object and array');
    }
    try {
      return JSON.parse(raw) as unknown;
    } catch (error: unknown) {
      throw new BodyParseError(error instanceof Error ? error.message : 'invalid JSON');
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  return {};
}

/** Parse an HTML form post (always urlencoded here). */
export async function parseForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readRawBody(req));
}

type Headers = Record<string, string>;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Headers = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Headers = {},
): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

export function sendEmpty(res: ServerResponse, status = 204, headers: Headers = {}): void {
  res.writeHead(status, headers);
  res.end();
}
