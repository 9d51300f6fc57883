/**
 * Ports of the end-to-end run, apart from `npm run dev` (3000/3001) so both can run at once.
 * `E2E_PORTAL_PORT` / `E2E_STAND_IN_PORT` move them, for running two suites side by side.
 */
export const e2ePorts = {
  portal: Number(process.env.E2E_PORTAL_PORT ?? 3100),
  standIn: Number(process.env.E2E_STAND_IN_PORT ?? 3101),
} as const;

export const e2eUrls = {
  portal: `http://localhost:${e2ePorts.portal}`,
  standIn: `http://localhost:${e2ePorts.standIn}`,
} as const;
