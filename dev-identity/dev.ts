/**
 * `npm run dev`: with no Logto tenant configured, start the stand-in identity server and point
 * the portal at it; with one configured, start only the portal.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

import { doctorWarnings } from '../lib/operator/dev-warnings';

import {
  DEFAULT_STAND_IN_PORT,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  PORTAL_CLIENT_ID,
  PORTAL_CLIENT_SECRET,
} from './defaults';
import { createStandIn } from './server';

const portalPort = Number(process.env.PORT ?? 3000);
const portalUrl = `http://localhost:${portalPort}`;

// The same files `next dev` reads, so a tenant configured there is honoured here too.
for (const file of ['.env.development.local', '.env.local', '.env.development', '.env']) {
  if (existsSync(file)) process.loadEnvFile(file);
}

const tenantConfigured = Boolean(process.env.LOGTO_ENDPOINT);
const env: NodeJS.ProcessEnv = { ...process.env };
let closeStandIn: (() => Promise<void>) | undefined;

if (!tenantConfigured) {
  const standIn = await createStandIn({
    port: Number(process.env.STAND_IN_PORT ?? DEFAULT_STAND_IN_PORT),
    host: 'localhost',
    portalUrl,
    mode: 'dev',
  });
  closeStandIn = standIn.close;
  Object.assign(env, {
    LOGTO_ENDPOINT: standIn.url,
    LOGTO_APP_ID: PORTAL_CLIENT_ID,
    LOGTO_APP_SECRET: PORTAL_CLIENT_SECRET,
    LOGTO_COOKIE_SECRET: 'local-development-cookie-secret-not-for-production',
    LOGTO_BASE_URL: portalUrl,
  });
  console.log(
    [
      '',
      `  Account portal:   ${portalUrl}`,
      `  Logto stand-in:   ${standIn.url} (no LOGTO_ENDPOINT set, so the local stand-in is used)`,
      `  Demo sign-in:     username "${DEMO_USERNAME}", password "${DEMO_PASSWORD}"`,
      '',
    ].join('\n'),
  );
} else {
  console.log(`\n  Account portal: ${portalUrl} (Logto tenant ${process.env.LOGTO_ENDPOINT})\n`);
}

const next = spawn('npx', ['next', 'dev', '--port', String(portalPort)], { env, stdio: 'inherit' });

if (tenantConfigured) {
  // The tenant checks of `npm run logto:doctor`, read-only and in the background: start-up never waits.
  void doctorWarnings(env).then((problems) => {
    for (const problem of problems) console.warn(`  ⚠ Logto tenant: ${problem}`);
    if (problems.length > 0)
      console.warn(
        '  (npm run logto:doctor prints the checklist; npm run logto:setup fixes the tenant)\n',
      );
  });
}

const stop = async () => {
  next.kill('SIGTERM');
  await closeStandIn?.();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', async (code) => {
  await closeStandIn?.();
  process.exit(code ?? 0);
});
