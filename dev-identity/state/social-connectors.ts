/**
 * The tenant's connectors as the social flows see them (§4.3.4): a configurable list of fake
 * social connectors, whose "provider" is a page served by the stand-in itself, plus the Email and
 * SMS connectors (non-social, so `connector.unexpected_type` is reachable).
 */

export type ConnectorPlatform = 'Native' | 'Universal' | 'Web';

/** How the fake provider answers: a 303 to `redirect_uri?…`, or an auto-submitting form POST. */
export type ResponseMode = 'query' | 'form_post';

/** What the provider page is prefilled with. */
export type ProviderIdentity = { id: string; name: string; email: string };

/** The social user info a connector hands back (Logto's `SocialUserInfo`). */
export type SocialUserInfo = {
  id: string;
  name?: string;
  email?: string;
  avatar?: string;
  rawData?: Record<string, unknown>;
};

export type SocialConnectorConfig = {
  /** The connector instance ID (what `POST /api/verifications/social` takes). */
  id: string;
  /** The key in `identities` (`github`, `google`, …). */
  target: string;
  name: { en: string } & Record<string, string>;
  logo: string;
  logoDark: string | null;
  platform: ConnectorPlatform | null;
  responseMode: ResponseMode;
  /** The connector's configured scope; `POST /api/verifications/social { scope }` overrides it. */
  scope: string;
  defaultIdentity: ProviderIdentity;
};

/** The input of `PUT /__test/social-connectors`: everything but id, target and name has a default. */
export type SocialConnectorInput = Pick<SocialConnectorConfig, 'id' | 'target' | 'name'> &
  Partial<Omit<SocialConnectorConfig, 'id' | 'target' | 'name' | 'defaultIdentity'>> & {
    defaultIdentity?: Partial<ProviderIdentity>;
  };

/** The non-social connectors; each exists while its switch in `PUT /__test/policies { connectors }` is on. */
export const EMAIL_CONNECTOR_ID = 'email-connector';
export const SMS_CONNECTOR_ID = 'sms-connector';
export const reservedConnectorIds: readonly string[] = [EMAIL_CONNECTOR_ID, SMS_CONNECTOR_ID];

export type ConnectorLookup =
  { type: 'Social'; connector: SocialConnectorConfig } | { type: 'Email' | 'Sms' } | undefined;

const xml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A round letter badge as an SVG data URI (Logto serves built-in connector logos as data URIs too). */
export function letterLogo(letter: string, background: string, foreground: string): string {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">' +
    `<circle cx="12" cy="12" r="12" fill="${xml(background)}"/>` +
    '<text x="12" y="16.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="13" ' +
    `font-weight="700" fill="${xml(foreground)}">${xml(letter)}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Fill the defaults of a connector given to `PUT /__test/social-connectors`. */
export function toConnectorConfig(input: SocialConnectorInput): SocialConnectorConfig {
  const initial = input.name.en.trim().charAt(0).toUpperCase() || '?';
  return {
    id: input.id,
    target: input.target,
    name: { ...input.name },
    logo: input.logo ?? letterLogo(initial, '#4b5563', '#ffffff'),
    logoDark: input.logoDark ?? null,
    platform: input.platform === undefined ? 'Universal' : input.platform,
    responseMode: input.responseMode ?? 'query',
    scope: input.scope ?? 'profile',
    defaultIdentity: {
      id: `${input.target}-ada`,
      name: 'Ada Lovelace',
      email: `ada@${input.target}.example`,
      ...Object.fromEntries(
        Object.entries(input.defaultIdentity ?? {}).filter(([, value]) => value !== undefined),
      ),
    },
  };
}

/** GitHub and Google answer with a redirect; Apple posts a form back (`response_mode=form_post`). */
export function seedSocialConnectors(): SocialConnectorConfig[] {
  return [
    toConnectorConfig({
      id: 'github-connector',
      target: 'github',
      name: { en: 'GitHub' },
      logo: letterLogo('G', '#24292f', '#ffffff'),
      logoDark: letterLogo('G', '#f0f6fc', '#24292f'),
      scope: 'read:user',
      defaultIdentity: { id: 'gh-ada', email: 'ada@github.example' },
    }),
    toConnectorConfig({
      id: 'google-connector',
      target: 'google',
      name: { en: 'Google' },
      logo: letterLogo('G', '#1a73e8', '#ffffff'),
      scope: 'openid profile email',
      defaultIdentity: { id: 'google-ada', email: 'ada@google.example' },
    }),
    toConnectorConfig({
      id: 'apple-connector',
      target: 'apple',
      name: { en: 'Apple' },
      logo: letterLogo('A', '#000000', '#ffffff'),
      logoDark: letterLogo('A', '#ffffff', '#000000'),
      responseMode: 'form_post',
      scope: 'name email',
      defaultIdentity: { id: 'apple-ada', email: 'ada@apple.example' },
    }),
  ];
}

/**
 * One entry of `socialConnectors` in `GET /api/.well-known/sign-in-exp`: Logto's connector
 * metadata with the instance ID (the stand-in's own `responseMode`, `scope` and
 * `defaultIdentity` stay private).
 */
export function publicConnector(connector: SocialConnectorConfig) {
  const { id, target, name, logo, logoDark, platform } = connector;
  return {
    id,
    target,
    platform,
    name: { ...name },
    logo,
    logoDark,
    description: { en: `Stand-in ${name.en} connector: a local page plays the provider.` },
    readme: './README.md',
    isStandard: false,
  };
}
