/** `npm run logto:doctor`: the setup checks, read-only, from the portal's own environment. */
import { parseDoctorArgs, type Target } from './args';
import { exitCodeFor, fail, pass, skip, type Check } from './checklist';
import { accountCenterChecks, applicationTypeCheck, redirectsNotChecked } from './checks';
import { connectorChecks, publicConnectorChecks } from './connector-checks';
import { DOCTOR_HELP } from './help';
import { OperatorError } from './errors';
import { createHttp, type Http } from './http';
import {
  getAccountCenter,
  getApplication,
  getSignInExperience,
  listConnectors,
  openManagementSession,
  readOneLog,
  type ManagementSession,
} from './management-client';
import { createOutput, type CommandIo, type Output } from './output';
import { mfaFactorsCheck, relatedOriginCheck } from './passkey-checks';
import { discover, publicAccountCenter, publicSignInExperience } from './probes';
import { knownSecrets, printChecklist, printHeader, reportFailure } from './report';
import { missingAppId, probeBoth, redirectChecks } from './setup-steps';

type Findings = { checks: Check[]; fields: Readonly<Record<string, string>> };

/** With M2M credentials: the Management API's exact answers, plus the live redirect probes. */
async function managementFindings(
  target: Target & { m2m: NonNullable<Target['m2m']> },
  http: Http,
  out: Output,
): Promise<Findings> {
  const { endpoint, appId, baseUrl, m2m, resource } = target;
  const session = await openManagementSession(http, endpoint, m2m, resource);
  out.secret(session.token);
  const center = await getAccountCenter(session);
  const checks = [
    pass(`Management API access as "${m2m.appId}"`),
    await portalManagementCheck(session),
    ...accountCenterChecks(center),
  ];
  if (!appId) {
    checks.push(missingAppId());
  } else {
    const app = await getApplication(session, appId);
    const typeCheck = applicationTypeCheck(app, appId);
    const context = { http, endpoint, appId, baseUrl };
    checks.push(
      typeCheck,
      ...(typeCheck.status === 'pass'
        ? redirectChecks(app, await probeBoth(context), context)
        : [redirectsNotChecked()]),
    );
  }
  const [signInExperience, connectors] = await Promise.all([
    getSignInExperience(session),
    listConnectors(session),
  ]);
  return {
    checks: [
      ...checks,
      ...connectorChecks(center.fields, connectors, signInExperience),
      mfaFactorsCheck(center, signInExperience),
      relatedOriginCheck(center, signInExperience, baseUrl),
    ],
    fields: center.fields,
  };
}

/**
 * The portal reads the same variables: with them it offers account deletion and security
 * activity, so the audit log must answer this app (deleting can't be tried read-only).
 */
async function portalManagementCheck(session: ManagementSession): Promise<Check> {
  try {
    await readOneLog(session);
    return pass('Portal: account deletion and security activity are on (GET /api/logs answers)');
  } catch (error: unknown) {
    if (!(error instanceof OperatorError)) throw error;
    return fail(`Portal: security activity can't be read: ${error.message}`);
  }
}

/** Without them: what Logto serves publicly, and the provider's own answers to the probes. */
async function publicFindings({ endpoint, appId, baseUrl }: Target, http: Http): Promise<Findings> {
  const center = await publicAccountCenter(http, endpoint);
  const checks = [
    skip(
      'Portal: account deletion and security activity are off (no LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET); "Delete account" links to deleteAccountUrl or the support contact',
    ),
    ...accountCenterChecks(center),
  ];
  if (!appId) {
    checks.push(missingAppId());
  } else {
    const context = { http, endpoint, appId, baseUrl };
    checks.push(skip('App type not checked: it needs LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET'));
    checks.push(...redirectChecks(undefined, await probeBoth(context), context));
  }
  const signInExperience = await publicSignInExperience(http, endpoint);
  return {
    checks: [
      ...checks,
      ...publicConnectorChecks(center.fields, signInExperience),
      mfaFactorsCheck(center, signInExperience),
      relatedOriginCheck(center, signInExperience, baseUrl),
    ],
    fields: center.fields,
  };
}

/** Every doctor check, in order; only GET requests (the probes are sign-in and sign-out requests). */
export async function doctorFindings(target: Target, http: Http, out: Output): Promise<Findings> {
  await discover(http, target.endpoint);
  const reachable = pass(`Logto answers at ${target.endpoint} (OpenID configuration found)`);
  const { m2m } = target;
  const findings = m2m
    ? await managementFindings({ ...target, m2m }, http, out)
    : await publicFindings(target, http);
  return { ...findings, checks: [reachable, ...findings.checks] };
}

/** Run the command; resolves to its exit code (0, 1 or 2) and never throws. */
export async function runDoctor(argv: string[], io: CommandIo): Promise<number> {
  const out = createOutput(io);
  for (const secret of knownSecrets(argv, io.env)) out.secret(secret);
  try {
    const target = parseDoctorArgs(argv, io.env);
    if (target.help) {
      out.line(DOCTOR_HELP);
      return 0;
    }
    const { endpoint, baseUrl, appId, resource, m2m } = target;
    printHeader(out, 'Logto doctor (read-only)', {
      endpoint,
      baseUrl,
      appId,
      resource,
      m2mAppId: m2m?.appId,
    });
    const { checks, fields } = await doctorFindings(
      target,
      createHttp(io.timeoutMs, io.fetch),
      out,
    );
    printChecklist(out, checks, io.color, baseUrl, fields);
    return exitCodeFor(checks);
  } catch (error: unknown) {
    return reportFailure(out, 'logto:doctor', error);
  }
}
