import type { MfaFactor, MfaPolicy } from './mfa';

/**
 * The slice of Logto's sign-in experience the Account and Verification APIs consult, served
 * publicly at `GET /api/.well-known/sign-in-exp`. Tests change it through `PUT /__test/policies`
 * (policies) and `PUT /__test/sign-in-experience` (branding, colours, MFA, passkey sign-in).
 * `socialSignInConnectorTargets` and `socialConnectors` are not stored here: the well-known route
 * derives them from `StandInState.socialConnectors`.
 */

export type PasswordPolicy = {
  length: { min: number; max: number };
  characterTypes: { min: number };
  rejects: { pwned: boolean; repetitionAndSequence: boolean; userInfo: boolean; words: string[] };
};

/** Logto 1.41's per-tenant username policy (§6.9). */
export type UsernamePolicy = {
  caseSensitive: boolean;
  minLength: number;
  maxLength: number;
  allowedChars: { lowercase: boolean; uppercase: boolean; numbers: boolean; underscore: boolean };
};

/** The email allowlist/blocklist policy (§3.3 step 5); disposable-domain checks are Cloud-only. */
export type EmailBlocklistPolicy = {
  blockSubaddressing?: boolean;
  customBlocklist?: string[];
  customAllowlist?: string[];
};

export const defaultPasswordPolicy = (): PasswordPolicy => ({
  length: { min: 8, max: 256 },
  characterTypes: { min: 1 },
  rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
});

/** A no-op policy: every character class, length 1–128, case-sensitive. */
export const defaultUsernamePolicy = (): UsernamePolicy => ({
  caseSensitive: true,
  minLength: 1,
  maxLength: 128,
  allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
});

/** Logto's `brandingGuard`: every key optional, each an absolute URL. */
export const brandingKeys = ['logoUrl', 'darkLogoUrl', 'favicon', 'darkFavicon'] as const;

export type Branding = Partial<Record<(typeof brandingKeys)[number], string>>;

/** Logto's `colorGuard`: hex colours (`#abc` or `#aabbcc`) and the dark-mode switch. */
export type Color = { primaryColor: string; isDarkModeEnabled: boolean; darkPrimaryColor: string };

export type SignInExperience = {
  tenantId: string;
  id: 'default';
  color: Color;
  branding: Branding;
  hideLogtoBranding: boolean;
  languageInfo: { autoDetect: boolean; fallbackLanguage: string };
  termsOfUseUrl: string | null;
  privacyPolicyUrl: string | null;
  supportEmail: string | null;
  supportWebsiteUrl: string | null;
  signIn: {
    methods: Array<{
      identifier: 'username' | 'email' | 'phone';
      password: boolean;
      verificationCode: boolean;
      isPasswordPrimary: boolean;
    }>;
  };
  signUp: { identifiers: string[]; password: boolean; verify: boolean };
  signInMode: 'SignIn' | 'Register' | 'SignInAndRegister';
  passwordPolicy: PasswordPolicy;
  mfa: { factors: MfaFactor[]; policy: MfaPolicy };
  /** Logto's `passkeySignIn`; an absent `enabled` counts as off. */
  passkeySignIn: { enabled?: boolean; showPasskeyButton?: boolean; allowAutofill?: boolean };
  usernamePolicy: UsernamePolicy;
  emailBlocklistPolicy: EmailBlocklistPolicy;
  customCss: string | null;
  singleSignOnEnabled: boolean;
  ssoConnectors: unknown[];
  forgotPassword: { email: boolean; phone: boolean };
  isDevelopmentTenant: boolean;
};

/**
 * Logto's default policy, except `rejects.pwned`, which needs the network (`account-api.md`:
 * "What a stand-in may leave out"). No branding, as Logto Cloud seeds it (OSS seeds logto.io's
 * logos); `npm run dev` brands the tenant with the stand-in's own logos (`dev-seed.ts`).
 */
export function seedSignInExperience(tenantId: string): SignInExperience {
  return {
    tenantId,
    id: 'default',
    color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8C75FF' },
    branding: {},
    hideLogtoBranding: false,
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    termsOfUseUrl: null,
    privacyPolicyUrl: null,
    supportEmail: null,
    supportWebsiteUrl: null,
    signIn: {
      methods: [
        {
          identifier: 'username',
          password: true,
          verificationCode: false,
          isPasswordPrimary: true,
        },
      ],
    },
    signUp: { identifiers: ['username'], password: true, verify: false },
    signInMode: 'SignIn',
    passwordPolicy: defaultPasswordPolicy(),
    mfa: { factors: [], policy: 'UserControlled' },
    passkeySignIn: {},
    usernamePolicy: defaultUsernamePolicy(),
    emailBlocklistPolicy: {},
    customCss: null,
    singleSignOnEnabled: false,
    ssoConnectors: [],
    forgotPassword: { email: false, phone: false },
    isDevelopmentTenant: true,
  };
}
