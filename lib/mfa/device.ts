import UAParser from 'ua-parser-js';

import type { Device } from '@/lib/mfa/view';

/** Names the device a passkey was made on from the user agent Logto stored (`agent`). */
export function describeDevice(userAgent: string | undefined | null): Device | undefined {
  if (!userAgent?.trim()) return undefined;
  const result = new UAParser(userAgent).getResult();
  const browser = result.browser.name?.replace(/^Mobile /, '') || undefined;
  // ua-parser-js still says "Mac OS"; Apple has called it macOS since 2016.
  const os = (result.os.name === 'Mac OS' ? 'macOS' : result.os.name) || undefined;
  return browser || os ? { browser, os } : undefined;
}
