/** `npm run logto:setup`: point a Logto tenant at the portal, then print the checklist. */
import { parseSetupArgs, type SetupOptions } from './args';
import { exitCodeFor, pass, type Check } from './checklist';
import { connectorChecks } from './connector-checks';
import { SETUP_HELP } from './help';
import { createHttp } from './http';
import { getSignInExperience, listConnectors, openManagementSession } from './management-client';
import { createOutput, type CommandIo, type Output } from './output';
import { applyRelatedOrigin } from './passkey-checks';
import { discover } from './probes';
import { knownSecrets, printChecklist, printHeader, reportFailure } from './report';
import { applyAccountCenter, applyRedirects, missingAppId } from './setup-steps';

/** Every step in order; stops with an `OperatorError` on a Logto or network failure. */
async function setup(options: SetupOptions, io: CommandIo, out: Output): Promise<number> {
  const { endpoint, appId, baseUrl, resource, m2m, fields, dryRun, fix } = options;
  printHeader(out, dryRun ? 'Logto setup (dry run)' : 'Logto setup', {
    endpoint,
    baseUrl,
    appId,
    resource,
    m2mAppId: m2m.appId,
  });
  const http = createHttp(io.timeoutMs, io.fetch);
  await discover(http, endpoint);
  const session = await openManagementSession(http, endpoint, m2m, resource);
  out.secret(session.token);
  const checks: Check[] = [
    pass(`Logto answers at ${endpoint} (OpenID configuration found)`),
    pass(`Management API access as "${m2m.appId}"`),
  ];
  const accountCenter = await applyAccountCenter(session, fields, dryRun, out);
  checks.push(...accountCenter.checks);
  checks.push(
    ...(appId
      ? await applyRedirects(session, { http, endpoint, appId, baseUrl }, { fix, dryRun }, out)
      : [missingAppId()]),
  );
  const [signInExperience, connectors] = await Promise.all([
    getSignInExperience(session),
    listConnectors(session),
  ]);
  checks.push(...connectorChecks(fields, connectors, signInExperience));
  checks.push(
    await applyRelatedOrigin(
      session,
      accountCenter.center,
      signInExperience,
      baseUrl,
      { fix, dryRun },
      out,
    ),
  );
  printChecklist(out, checks, io.color, baseUrl, fields);
  return exitCodeFor(checks);
}

/** Run the command; resolves to its exit code (0, 1 or 2) and never throws. */
export async function runSetup(argv: string[], io: CommandIo): Promise<number> {
  const out = createOutput(io);
  for (const secret of knownSecrets(argv, io.env)) out.secret(secret);
  try {
    const options = parseSetupArgs(argv, io.env);
    if (options.help) {
      out.line(SETUP_HELP);
      return 0;
    }
    return await setup(options, io, out);
  } catch (error: unknown) {
    return reportFailure(out, 'logto:setup', error);
  }
}
