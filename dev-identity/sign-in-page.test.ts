import { describe, expect, it } from 'vitest';

import { signInPage } from './oidc/pages';

describe('the sign-in page', () => {
  it('speaks the first language of ui_locales it knows', () => {
    const page = signInPage({ action: '/oidc/interaction/x', uiLocales: 'xx ar en' });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<title>تسجيل الدخول</title>');
    expect(page).toContain('اسم المستخدم');
  });

  it('takes a regional tag by its language', () => {
    expect(signInPage({ action: '/a', uiLocales: 'de-AT' })).toContain('Benutzername');
  });

  it('falls back to English', () => {
    const page = signInPage({ action: '/a', uiLocales: 'sv', failed: true });
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain('Incorrect username or password.');
  });
});
