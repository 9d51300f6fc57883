/** The two things `logto:setup` may write: the account center, and the portal app's redirect URIs. */
import { fail, type Check } from './checklist';
import {
  accountCenterChecks,
  applicationTypeCheck,
  redirectCheck,
  redirectsNotChecked,
  type RedirectKind,
} from './checks';
import { planAccountCenter, type AccountCenterPlan, type FieldChoice } from './fields';
import {
  getAccountCenter,
  getApplication,
  updateAccountCenter,
  updateRedirectUris,
  type ManagementSession,
} from './management-client';
import type { Http } from './http';
import type { Output } from './output';
import { probeSignIn, probeSignOut, type ProbeResult } from './probes';
import type { AccountCenter, Application } from './schemas';
import { portalRedirects } from './tenant';

/** The before → after lines of the account-center plan. */
function printPlan(out: Output, plan: AccountCenterPlan, dryRun: boolean): void {
  out.line();
  if (!plan.patch) {
    out.line('Account API: already as chosen, nothing to write.');
    return;
  }
  out.line(`Account API (PATCH /api/account-center)${dryRun ? ', dry run: nothing written' : ''}:`);
  const width = Math.max(...plan.changes.map(({ key }) => key.length));
  for (const { key, before, after } of plan.changes)
    out.line(`  ${key.padEnd(width)}  ${before} → ${after}`);
  if (plan.kept.length > 0) {
    out.line(
      `  kept as they are (not used by the portal): ${plan.kept.map(({ key, mode }) => `${key} ${mode}`).join(', ')}`,
    );
  }
}

/** Read, plan, print and (unless a dry run) write the account center; then check it. */
export async function applyAccountCenter(
  session: ManagementSession,
  choice: FieldChoice,
  dryRun: boolean,
  out: Output,
): Promise<{ center: AccountCenter; checks: Check[] }> {
  const current = await getAccountCenter(session);
  const plan = planAccountCenter(current, choice);
  printPlan(out, plan, dryRun);
  const center = plan.patch && !dryRun ? await updateAccountCenter(session, plan.patch) : current;
  return { center, checks: accountCenterChecks(center, choice) };
}

type Probes = Record<RedirectKind, ProbeResult>;

/** Where the probes go and what they ask about. */
export type RedirectContext = { http: Http; endpoint: string; appId: string; baseUrl: string };

/** Ask the provider itself about both URIs. */
export async function probeBoth({
  http,
  endpoint,
  appId,
  baseUrl,
}: RedirectContext): Promise<Probes> {
  const uris = portalRedirects(baseUrl);
  return {
    signIn: await probeSignIn(http, endpoint, appId, uris.signIn),
    signOut: await probeSignOut(http, endpoint, appId, uris.signOut),
  };
}

const listKey = { signIn: 'redirectUris', signOut: 'postLogoutRedirectUris' } as const;

/** The URIs to add: refused by the provider and not in the app's list yet (so adding is idempotent). */
function missingUris(
  app: Application,
  probes: Probes,
  baseUrl: string,
): Array<{ kind: RedirectKind; uri: string }> {
  const uris = portalRedirects(baseUrl);
  return (['signIn', 'signOut'] as const)
    .filter(
      (kind) =>
        !probes[kind].accepted && !app.oidcClientMetadata[listKey[kind]].includes(uris[kind]),
    )
    .map((kind) => ({ kind, uri: uris[kind] }));
}

/** Add the missing URIs to both lists, keeping every URI already registered. */
function withAdditions(
  app: Application,
  additions: Array<{ kind: RedirectKind; uri: string }>,
): Application['oidcClientMetadata'] {
  const metadata = { ...app.oidcClientMetadata };
  for (const { kind, uri } of additions)
    metadata[listKey[kind]] = [...metadata[listKey[kind]], uri];
  return metadata;
}

/** Print what `--fix` adds (or would add). */
function printAdditions(
  out: Output,
  appId: string,
  additions: Array<{ kind: RedirectKind; uri: string }>,
  write: boolean,
  fix: boolean,
): void {
  if (!fix) return;
  out.line();
  out.line(
    `Redirect URIs of "${appId}" (PATCH /api/applications/${appId})${write ? '' : ', dry run: nothing written'}:`,
  );
  for (const { kind, uri } of additions)
    out.line(`  + ${kind === 'signIn' ? 'redirect URI' : 'post sign-out redirect URI'} ${uri}`);
}

/** Check the app and its redirect URIs; with `fix` (and not a dry run) add the missing ones, then probe again. */
export async function applyRedirects(
  session: ManagementSession,
  context: RedirectContext,
  { fix, dryRun }: { fix: boolean; dryRun: boolean },
  out: Output,
): Promise<Check[]> {
  const { appId, baseUrl } = context;
  let app = await getApplication(session, appId);
  const typeCheck = applicationTypeCheck(app, appId);
  if (!app || typeCheck.status === 'fail') return [typeCheck, redirectsNotChecked()];
  let probes = await probeBoth(context);
  const additions = missingUris(app, probes, baseUrl);
  if (additions.length > 0) {
    printAdditions(out, appId, additions, !dryRun, fix);
    if (fix && !dryRun) {
      app = await updateRedirectUris(session, appId, withAdditions(app, additions));
      probes = await probeBoth(context);
    }
  }
  return [typeCheck, ...redirectChecks(app, probes, context)];
}

/** One line per URI, from the probe and the app's lists. */
export function redirectChecks(
  app: Application | undefined,
  probes: Probes,
  { appId, baseUrl }: RedirectContext,
): Check[] {
  const uris = portalRedirects(baseUrl);
  // An unknown client fails both probes the same way: say it once.
  const kinds =
    probes.signIn.accepted === false && probes.signIn.error === 'invalid_client'
      ? (['signIn'] as const)
      : (['signIn', 'signOut'] as const);
  return kinds.map((kind) =>
    redirectCheck({
      kind,
      uri: uris[kind],
      appId,
      probe: probes[kind],
      listed: app?.oidcClientMetadata[listKey[kind]].includes(uris[kind]),
    }),
  );
}

/** A missing `LOGTO_APP_ID`: nothing about the app can be checked. */
export const missingAppId = (): Check =>
  fail("LOGTO_APP_ID (or --app-id) is not set: the portal needs its Traditional web app's ID");
