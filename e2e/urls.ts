/** Ports of the end-to-end run, apart from `npm run dev` (3000/3001) so both can run at once. */
export const e2ePorts = { portal: 3100, standIn: 3101 } as const;

export const e2eUrls = {
  portal: `http://localhost:${e2ePorts.portal}`,
  standIn: `http://localhost:${e2ePorts.standIn}`,
} as const;
