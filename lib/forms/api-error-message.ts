import type { AccountApiError } from '@/lib/errors';
import apiErrors from '@/lib/i18n/messages/en/api-errors.json';

function hasMessage(code: string): boolean {
  let node: unknown = apiErrors;
  for (const segment of code.split('.')) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  // A message is a string, or the array it is compiled into at build time when it has values.
  return typeof node === 'string' || Array.isArray(node);
}

/** The catalog key for an Account API error, with calm fallbacks for what the catalog lacks. */
export function apiErrorMessageKey(error: Pick<AccountApiError, 'status' | 'code'>): string {
  if (error.status === 429 && !hasMessage(error.code)) return 'apiErrors.portal.rate_limited';
  if (hasMessage(error.code)) return `apiErrors.${error.code}`;
  if (error.code.startsWith('connector.')) return 'apiErrors.connector.unknown';
  if (error.status >= 500) return 'apiErrors.portal.unreachable';
  return 'apiErrors.portal.unknown';
}
