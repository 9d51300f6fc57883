/**
 * What the sign-in experience's connectors mean for the portal's features: Email and SMS
 * connectors send the codes that add, verify and confirm an email address or phone number; social
 * connectors enabled in the sign-in experience are the ones people can link.
 */
import { pass, skip, warn, type Check } from './checklist';
import { modeOf } from './fields';
import {
  displayName,
  type Connector,
  type PublicSignInExperience,
  type SignInExperience,
} from './schemas';

type Fields = Readonly<Record<string, string>>;

const messageConnectors = {
  Email: {
    field: 'email',
    ok: 'users can add and verify an email address',
    missing:
      "No email connector: users can't add or verify an email address, or confirm it's them with an email code",
    noun: 'Email connector',
  },
  Sms: {
    field: 'phone',
    ok: 'users can add and verify a phone number',
    missing:
      "No SMS connector: users can't add or verify a phone number, or confirm it's them with a text message code",
    noun: 'SMS connector',
  },
} as const;

type MessageType = keyof typeof messageConnectors;

/** An Email or SMS line; `present` undefined means the public data could not tell. */
function messageCheck(
  type: MessageType,
  fields: Fields,
  present: string | false | undefined,
): Check {
  const { field, ok, missing, noun } = messageConnectors[type];
  if (modeOf(fields, field) === 'Off')
    return skip(`${noun} not checked: the ${field} field is Off`);
  if (present === undefined) {
    return skip(
      `${noun} not confirmed: the public sign-in experience doesn't show one (set LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET for an exact check)`,
    );
  }
  return present === false ? warn(missing) : pass(`${noun} ${present}: ${ok}`);
}

/** The social line from the connectors enabled for sign-in, and those set up but not enabled. */
function socialCheck(fields: Fields, enabled: string[], notEnabled: string[]): Check {
  if (modeOf(fields, 'social') === 'Off')
    return skip('Social connectors not checked: the social field is Off');
  if (enabled.length > 0) return pass(`Social connectors people can link: ${enabled.join(', ')}`);
  if (notEnabled.length > 0) {
    return warn(
      `Social connectors ${notEnabled.join(', ')} are set up but not enabled in the sign-in experience: users can't link social accounts`,
    );
  }
  return warn("No social connector: users can't link social accounts");
}

/** With the Management API: exact answers from `GET /api/connectors` and `GET /api/sign-in-exp`. */
export function connectorChecks(
  fields: Fields,
  connectors: Connector[],
  signInExperience: SignInExperience,
): Check[] {
  const firstOf = (type: MessageType) => {
    const found = connectors.find((connector) => connector.type === type);
    return found ? `"${displayName(found)}"` : false;
  };
  const social = connectors.filter(({ type }) => type === 'Social');
  const isEnabled = ({ target }: Connector) =>
    target !== undefined && signInExperience.socialSignInConnectorTargets.includes(target);
  return [
    messageCheck('Email', fields, firstOf('Email')),
    messageCheck('Sms', fields, firstOf('Sms')),
    socialCheck(
      fields,
      social.filter(isEnabled).map(displayName),
      social.filter((c) => !isEnabled(c)).map(displayName),
    ),
  ];
}

/**
 * Without it: the public sign-in experience lists the enabled social connectors; its
 * `forgotPassword` flags are true only when an Email or SMS connector exists (false can also mean
 * the method is switched off, so false stays "not confirmed").
 */
export function publicConnectorChecks(
  fields: Fields,
  signInExperience: PublicSignInExperience,
): Check[] {
  const { forgotPassword, socialConnectors } = signInExperience;
  return [
    messageCheck('Email', fields, forgotPassword?.email ? 'present' : undefined),
    messageCheck('Sms', fields, forgotPassword?.phone ? 'present' : undefined),
    socialCheck(fields, socialConnectors.map(displayName), []),
  ];
}

/** The part of social linking no API can check. */
export const socialCallbackNote = (baseUrl: string): string =>
  `Note: each social provider's OAuth app must also allow ${baseUrl}/callback/social as a redirect URL (Logto can't check this).`;
