/**
 * The slice of Logto's sign-in experience the Account and Verification APIs consult, served
 * publicly at `GET /api/.well-known/sign-in-exp`. Kept in state so tests can change it later.
 */

export type PasswordPolicy = {
  length: { min: number; max: number };
  characterTypes: { min: number };
  rejects: { pwned: boolean; repetitionAndSequence: boolean; userInfo: boolean; words: string[] };
};

export type SignInExperience = {
  tenantId: string;
  id: 'default';
  color: { primaryColor: string; isDarkModeEnabled: boolean; darkPrimaryColor: string };
  branding: Record<string, string>;
  languageInfo: { autoDetect: boolean; fallbackLanguage: string };
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
  socialSignInConnectorTargets: string[];
  passwordPolicy: PasswordPolicy;
  mfa: { factors: string[]; policy: string };
  usernamePolicy: { caseSensitive: boolean };
  customCss: string | null;
  singleSignOnEnabled: boolean;
  socialConnectors: Array<{ id: string; target: string; name: Record<string, string>; logo: string }>;
  ssoConnectors: unknown[];
  forgotPassword: { email: boolean; phone: boolean };
  isDevelopmentTenant: boolean;
};

/**
 * Logto's default policy, except `rejects.pwned`, which needs the network (`account-api.md`:
 * "What a stand-in may leave out").
 */
export function seedSignInExperience(tenantId: string): SignInExperience {
  return {
    tenantId,
    id: 'default',
    color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8C75FF' },
    branding: {},
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    signIn: {
      methods: [
        { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
      ],
    },
    signUp: { identifiers: ['username'], password: true, verify: false },
    signInMode: 'SignIn',
    socialSignInConnectorTargets: [],
    passwordPolicy: {
      length: { min: 8, max: 256 },
      characterTypes: { min: 1 },
      rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] },
    },
    mfa: { factors: [], policy: 'UserControlled' },
    usernamePolicy: { caseSensitive: true },
    customCss: null,
    singleSignOnEnabled: false,
    socialConnectors: [],
    ssoConnectors: [],
    forgotPassword: { email: false, phone: false },
    isDevelopmentTenant: true,
  };
}
