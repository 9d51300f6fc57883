import UAParser from 'ua-parser-js';

export type DeviceType = 'desktop' | 'phone' | 'tablet' | 'other';

/** What a user agent says about the device: browser, operating system, and its kind. */
export type Device = { browser?: string; os?: string; type?: DeviceType };

function deviceType(type: string | undefined, os: string | undefined): DeviceType {
  if (type === 'mobile') return 'phone';
  if (type === 'tablet') return 'tablet';
  if (type === undefined && os && /^(macOS|Windows|Linux|Ubuntu|Chromium OS|Fedora)$/.test(os))
    return 'desktop';
  return 'other';
}

/**
 * Names a device from a user agent Logto stored (a passkey's `agent`, a session's sign-in
 * context): "Chrome" on "macOS", and whether it is a computer, phone or tablet.
 */
export function describeDevice(userAgent: string | undefined | null): Device | undefined {
  if (!userAgent?.trim()) return undefined;
  const result = new UAParser(userAgent).getResult();
  const browser = result.browser.name?.replace(/^Mobile /, '') || undefined;
  // ua-parser-js still says "Mac OS"; Apple has called it macOS since 2016.
  const os = (result.os.name === 'Mac OS' ? 'macOS' : result.os.name) || undefined;
  if (!browser && !os) return undefined;
  return { browser, os, type: deviceType(result.device.type, os) };
}
