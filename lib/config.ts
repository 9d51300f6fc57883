import 'server-only';

import { parseConfig, type PortalConfig } from '@/lib/env';

let cached: PortalConfig | undefined;

/** The portal's configuration, parsed from the environment on first use. */
export function getConfig(): PortalConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
