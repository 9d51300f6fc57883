import { OperatorError } from './errors';

/** What the CLI keeps of an HTTP answer. */
export type HttpAnswer = {
  status: number;
  location: string | null;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
};

export type Http = (url: string, init: RequestInit, what: string) => Promise<HttpAnswer>;

/** The system error code behind a failed `fetch` (`ECONNREFUSED`, …). */
const causeCode = (error: unknown): string | undefined => {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

const reasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
};

/** A short reason for a failed request: refused, not found, timed out, a TLS problem… */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const code = causeCode(error);
  if (code && reasons[code]) return `${reasons[code]} (${code})`;
  if (code && /CERT|SSL|TLS/.test(code)) return `TLS certificate problem (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The body as JSON, or undefined when it is not JSON. */
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** An HTTP client that turns network failures into one-line `OperatorError`s naming the origin. */
export function createHttp(timeoutMs: number, fetchImpl: typeof fetch = fetch): Http {
  return async (url, init, what) => {
    let response: Response;
    try {
      response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error: unknown) {
      throw new OperatorError(
        `Cannot reach ${new URL(url).origin} (${what}): ${networkReason(error, timeoutMs)}.`,
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error: unknown) {
      throw new OperatorError(
        `Lost the connection to ${new URL(url).origin} (${what}): ${networkReason(error, timeoutMs)}.`,
      );
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      text,
      json: parseJson(text),
    };
  };
}
