import { deviceName } from '@/lib/mfa/view';
import type { Device } from '@/lib/user-agent';

type Translate = (key: string, values?: Record<string, string>) => string;

/** "Chrome on macOS", whichever half is known, or "Unknown device" (`t` is `sessions.list`). */
export const sessionDeviceName = (device: Device | undefined, t: Translate) =>
  deviceName(device, (parts) => t('device', parts)) ?? t('unknownDevice');
