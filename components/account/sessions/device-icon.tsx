import { Monitor, MonitorSmartphone, Smartphone, Tablet } from 'lucide-react';

import type { DeviceType } from '@/lib/user-agent';

const icons = { desktop: Monitor, phone: Smartphone, tablet: Tablet, other: MonitorSmartphone };

/** The kind of device, as a picture; the row's text names it for screen readers. */
export function DeviceIcon({ type }: { type: DeviceType | undefined }) {
  const Icon = icons[type ?? 'other'];
  return <Icon className="size-4" />;
}
