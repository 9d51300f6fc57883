/** What both commands print around their checks: the header, the checklist, a failure line. */
import { renderChecklist, type Check } from './checklist';
import { socialCallbackNote } from './connector-checks';
import { OperatorError } from './errors';
import { modeOf } from './fields';
import type { Output } from './output';

type Header = {
  endpoint: string;
  baseUrl: string;
  appId: string | undefined;
  resource: string;
  m2mAppId: string | undefined;
};

/** The header: what is being checked, and with which access. */
export function printHeader(
  out: Output,
  title: string,
  { endpoint, baseUrl, appId, resource, m2mAppId }: Header,
): void {
  out.line(title);
  out.line(`  tenant  ${endpoint}`);
  out.line(`  portal  ${baseUrl}${appId ? ` (app "${appId}")` : ''}`);
  out.line(
    m2mAppId
      ? `  access  Management API as "${m2mAppId}" (${resource})`
      : '  access  public endpoints only (LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET are not set)',
  );
}

/** The checklist, then the social-callback note when social linking is on. */
export function printChecklist(
  out: Output,
  checks: readonly Check[],
  color: boolean,
  baseUrl: string,
  fields: Readonly<Record<string, string>>,
): void {
  out.line();
  for (const line of renderChecklist(checks, color)) out.line(line);
  if (modeOf(fields, 'social') !== 'Off') out.line(socialCallbackNote(baseUrl));
}

/** An error as one line on stderr; its exit code (1 for anything unexpected). */
export function reportFailure(out: Output, command: string, error: unknown): number {
  if (error instanceof OperatorError) {
    out.error(`${command}: ${error.message}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.error(`${command}: unexpected error: ${message.split('\n')[0]}`);
  return 1;
}

/** Values that must never be printed, known before any parsing: env secrets and the secret flag's value. */
export function knownSecrets(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const fromFlag = argv.flatMap((arg, index) => {
    if (arg === '--m2m-app-secret') return [argv[index + 1] ?? ''];
    return arg.startsWith('--m2m-app-secret=') ? [arg.slice('--m2m-app-secret='.length)] : [];
  });
  return [
    ...fromFlag,
    env.LOGTO_M2M_APP_SECRET ?? '',
    env.LOGTO_APP_SECRET ?? '',
    env.LOGTO_COOKIE_SECRET ?? '',
  ];
}
