/** The stand-in's sign-in page in the languages it knows; Logto's own page knows many more. */
export type SignInPhrases = {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  intro: string;
  username: string;
  password: string;
  submit: string;
  failed: string;
};

const phrases: Record<string, SignInPhrases> = {
  en: {
    lang: 'en',
    dir: 'ltr',
    title: 'Sign in',
    intro: 'Use your account to continue to the account portal.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Incorrect username or password.',
  },
  ja: {
    lang: 'ja',
    dir: 'ltr',
    title: 'サインイン',
    intro: 'アカウントでサインインして、アカウントポータルに進みます。',
    username: 'ユーザー名',
    password: 'パスワード',
    submit: 'サインイン',
    failed: 'ユーザー名またはパスワードが正しくありません。',
  },
  de: {
    lang: 'de',
    dir: 'ltr',
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrem Konto an, um zum Kontoportal zu gelangen.',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    failed: 'Benutzername oder Passwort ist falsch.',
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    title: 'تسجيل الدخول',
    intro: 'استخدم حسابك للمتابعة إلى بوابة الحساب.',
    username: 'اسم المستخدم',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    failed: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
  },
};

/** The first language of `ui_locales` (space-separated tags) the page knows, else English. */
export function signInPhrases(uiLocales = ''): SignInPhrases {
  for (const tag of uiLocales.split(/\s+/).filter(Boolean)) {
    const known = phrases[tag] ?? phrases[tag.split('-')[0] ?? ''];
    if (known) return known;
  }
  return phrases.en as SignInPhrases;
}
