import {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_PORTAL_URL,
  DEFAULT_STAND_IN_HOST,
  DEFAULT_STAND_IN_PORT,
  DEMO_PASSWORD,
  DEMO_USERNAME,
} from './defaults';
import { createStandIn, type StandInMode } from './server';

function integerFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
}

function mode(): StandInMode {
  const raw = process.env.STAND_IN_MODE ?? 'dev';
  if (raw !== 'dev' && raw !== 'test') {
    throw new Error(`STAND_IN_MODE must be "dev" or "test", got "${raw}"`);
  }
  return raw;
}

const standIn = await createStandIn({
  port: integerFromEnv('STAND_IN_PORT', DEFAULT_STAND_IN_PORT, 0),
  host: process.env.STAND_IN_HOST || DEFAULT_STAND_IN_HOST,
  portalUrl: process.env.PORTAL_URL || DEFAULT_PORTAL_URL,
  mode: mode(),
  accessTokenTtl: integerFromEnv('STAND_IN_ACCESS_TOKEN_TTL', DEFAULT_ACCESS_TOKEN_TTL_SECONDS, 1),
  providerOrigin: process.env.STAND_IN_PROVIDER_ORIGIN || undefined,
});

console.log(
  `Logto stand-in ready at ${standIn.url} (demo user: ${DEMO_USERNAME} / ${DEMO_PASSWORD})`,
);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) {
    return;
  }
  stopping = true;
  standIn.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[stand-in] failed to stop on ${signal}`, error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
