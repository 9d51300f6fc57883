import UAParser from 'ua-parser-js';

import type { Device } from '@/lib/mfa/view';

/** Names the device a passkey was made on from the user agent Logto stored (`agent`). */
export function describeDevice(userAgent: string | undefined | null): Device | undefined {
  if (!userAgent?.trim()) return undefined;
  const result = new UAParser(userAgent).getResult();
  const browser = result.browser.name?.replace(/^Mobile /, '') || undefined;
  const os = result.os.name || undefined;
  return browser || os ? { browser, os } : undefined;
}
