/** Check lines for the account center and the portal's application. */
import { fail, pass, skip, type Check } from './checklist';
import { describeModes, modeOf, PORTAL_FIELDS, type FieldChoice } from './fields';
import type { ProbeResult } from './probes';
import type { AccountCenter, Application } from './schemas';

/** The Account API switch. */
export const enabledCheck = ({ enabled }: AccountCenter): Check =>
  enabled
    ? pass('Account API is on')
    : fail(
        'Account API is off: people see "Account management isn\'t available" instead of their account',
      );

/** Setup: the tenant's modes must be the chosen ones. */
function chosenFieldsCheck(center: AccountCenter, choice: FieldChoice): Check {
  const differences = PORTAL_FIELDS.filter((key) => modeOf(center.fields, key) !== choice[key]).map(
    (key) => `${key} ${modeOf(center.fields, key)} (chosen: ${choice[key]})`,
  );
  return differences.length === 0
    ? pass(`Account API fields: ${describeModes(center.fields)}`)
    : fail(`Account API fields differ from your choice: ${differences.join(', ')}`);
}

/** Doctor: any mix is the operator's choice, but with every field Off the page is empty. */
function currentFieldsCheck(center: AccountCenter): Check {
  const anyShown = PORTAL_FIELDS.some((key) => modeOf(center.fields, key) !== 'Off');
  return anyShown
    ? pass(
        `Account API fields: ${describeModes(center.fields)} (Off fields are hidden in the portal)`,
      )
    : fail(
        'Every field the portal shows is Off: people see an empty account page. Run npm run logto:setup',
      );
}

/** The account center's lines: the switch, then the field modes. */
export const accountCenterChecks = (center: AccountCenter, choice?: FieldChoice): Check[] => [
  enabledCheck(center),
  choice ? chosenFieldsCheck(center, choice) : currentFieldsCheck(center),
];

/** The portal needs a Traditional web app: it signs in on the server with a client secret. */
export function applicationTypeCheck(app: Application | undefined, appId: string): Check {
  if (!app) return fail(`No application "${appId}" in this tenant: check LOGTO_APP_ID`);
  if (app.type !== 'Traditional') {
    return fail(
      `App "${appId}" is a ${app.type} app: the portal needs a Traditional web app (it signs in with a client secret)`,
    );
  }
  return pass(`App "${appId}" is a Traditional web app`);
}

export type RedirectKind = 'signIn' | 'signOut';

const redirectWords: Record<RedirectKind, { label: string; impact: string }> = {
  signIn: { label: 'Redirect URI', impact: 'signing in fails with "redirect_uri did not match"' },
  signOut: {
    label: 'Post sign-out redirect URI',
    impact: 'signing out ends on a Logto error page',
  },
};

/** What a redirect URI line says, from the live probe and (with the Management API) the app's list. */
export type RedirectFinding = {
  kind: RedirectKind;
  uri: string;
  appId: string;
  probe: ProbeResult;
  listed?: boolean;
};

/** A redirect URI line: the probe decides green or red; the app's list explains why. */
export function redirectCheck({ kind, uri, appId, probe, listed }: RedirectFinding): Check {
  const { label, impact } = redirectWords[kind];
  if (probe.accepted) {
    return pass(
      listed === false
        ? `${label} ${uri} accepted (it matches a registered pattern)`
        : `${label} ${uri} registered`,
    );
  }
  if (probe.error === 'invalid_client') {
    return fail(
      `Logto does not know app "${appId}" (invalid_client): nobody can sign in. Check LOGTO_APP_ID`,
    );
  }
  if (listed) {
    return fail(`${label} ${uri} is registered, but Logto refuses it (${probe.error})`);
  }
  return fail(
    `${label} ${uri} is not registered on "${appId}" (${probe.error}): ${impact}. Run npm run logto:setup -- --fix`,
  );
}

/** When the app is missing or of the wrong type, its redirect URIs are not worth probing. */
export const redirectsNotChecked = (): Check =>
  skip('Redirect URIs not checked: fix the application first');
