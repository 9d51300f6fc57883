/** Flags and environment variables of `logto:setup` and `logto:doctor` (flags win). */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { usageError } from './errors';
import { chooseFields, parseFieldsFlag, parseFieldsJson, type FieldChoice } from './fields';
import type { M2mCredentials } from './management-client';
import { httpUrl, managementResourceFor, pick, portalBaseUrl } from './tenant';

type Env = Readonly<Record<string, string | undefined>>;

const connection = {
  endpoint: { type: 'string' },
  'm2m-app-id': { type: 'string' },
  'm2m-app-secret': { type: 'string' },
  'management-resource': { type: 'string' },
  'app-id': { type: 'string' },
  'base-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const setupOnly = {
  fields: { type: 'string' },
  'fields-file': { type: 'string' },
  'dry-run': { type: 'boolean' },
  fix: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** What both commands connect to. */
export type Target = {
  endpoint: string;
  appId: string | undefined;
  baseUrl: string;
  resource: string;
  m2m: M2mCredentials | undefined;
};

export type SetupOptions = Target & {
  m2m: M2mCredentials;
  fields: FieldChoice;
  dryRun: boolean;
  fix: boolean;
};

/** `parseArgs` in strict mode, with its errors shortened to one line naming the command's help. */
function parse<O extends ParseArgsConfig['options']>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw usageError(`${message}. Run npm run ${command} -- --help.`);
  }
}

type ConnectionValues = { [K in keyof typeof connection]?: K extends 'help' ? boolean : string };

/** Endpoint, app, base URL, resource and (optional) M2M credentials from flags and env. */
function target(values: ConnectionValues, env: Env): Target {
  const rawEndpoint = pick(values.endpoint, env, 'LOGTO_ENDPOINT');
  if (!rawEndpoint)
    throw usageError(
      'Set LOGTO_ENDPOINT (or --endpoint) to your Logto tenant URL, e.g. https://abc123.logto.app.',
    );
  const endpoint = httpUrl(
    rawEndpoint,
    values.endpoint === undefined ? 'LOGTO_ENDPOINT' : '--endpoint',
  );
  const appId = pick(values['m2m-app-id'], env, 'LOGTO_M2M_APP_ID');
  const appSecret = pick(values['m2m-app-secret'], env, 'LOGTO_M2M_APP_SECRET');
  if (Boolean(appId) !== Boolean(appSecret)) {
    throw usageError(
      `Set both LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (or --m2m-app-id and --m2m-app-secret); only the ${appId ? 'ID' : 'secret'} is set.`,
    );
  }
  const resource = pick(values['management-resource'], env, 'LOGTO_MANAGEMENT_RESOURCE');
  return {
    endpoint,
    appId: pick(values['app-id'], env, 'LOGTO_APP_ID'),
    baseUrl: portalBaseUrl(values['base-url'], env),
    resource: resource
      ? httpUrl(resource, '--management-resource')
      : managementResourceFor(endpoint),
    m2m: appId && appSecret ? { appId, appSecret } : undefined,
  };
}

/** `--fields` or `--fields-file` (not both) over the default of every portal field `Edit`. */
function fieldChoice(flag: string | undefined, file: string | undefined): FieldChoice {
  if (flag !== undefined && file !== undefined)
    throw usageError('Use --fields or --fields-file, not both.');
  if (flag !== undefined) return chooseFields(parseFieldsFlag(flag));
  if (file === undefined) return chooseFields();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw usageError(`--fields-file: cannot read ${file}.`);
  }
  return chooseFields(parseFieldsJson(text, file));
}

/** `logto:setup`: `{ help: true }`, or every option resolved. */
export function parseSetupArgs(
  argv: string[],
  env: Env,
): { help: true } | ({ help: false } & SetupOptions) {
  const values = parse(argv, { ...connection, ...setupOnly }, 'logto:setup');
  if (values.help) return { help: true };
  const resolved = target(values, env);
  if (!resolved.m2m) {
    throw usageError(
      'Set LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET (or --m2m-app-id and --m2m-app-secret) to a machine-to-machine app with the Logto Management API role.',
    );
  }
  return {
    help: false,
    ...resolved,
    m2m: resolved.m2m,
    fields: fieldChoice(values.fields, values['fields-file']),
    dryRun: values['dry-run'] ?? false,
    fix: values.fix ?? false,
  };
}

/** `logto:doctor`: the connection only; it has no option that writes. */
export function parseDoctorArgs(
  argv: string[],
  env: Env,
): { help: true } | ({ help: false } & Target) {
  const writing = argv.find((arg) =>
    ['--fix', '--fields', '--fields-file', '--dry-run'].includes(arg.split('=')[0] ?? ''),
  );
  if (writing)
    throw usageError(`${writing.split('=')[0]} is a logto:setup option: the doctor never writes.`);
  const values = parse(argv, connection, 'logto:doctor');
  return values.help ? { help: true } : { help: false, ...target(values, env) };
}
