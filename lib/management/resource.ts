/**
 * The Management API resource indicator: on Logto Cloud (`<tenant-id>.logto.app`) it names the
 * tenant; a self-hosted Logto calls its only tenant `default`. A Cloud tenant behind a custom
 * domain needs `LOGTO_MANAGEMENT_RESOURCE` (or the CLI's `--management-resource`).
 */
export function managementResourceFor(endpoint: string): string {
  const { hostname } = new URL(endpoint);
  const tenantId = hostname.endsWith('.logto.app') ? hostname.split('.')[0] : undefined;
  return `https://${tenantId || 'default'}.logto.app/api`;
}
