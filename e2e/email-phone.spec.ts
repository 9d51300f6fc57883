import { expect, test } from './fixtures';

test.describe('email address', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('a new address is proven with a code, then replaces the old one', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await securityPage.startAddingEmail('ada@analytical.example');
    await securityPage.verifyWithPassword();
    const section = securityPage.section('Email address');
    await expect(section).toContainText(
      'Enter the 6-digit code we sent to ada@analytical.example.',
    );
    await securityPage.enterCode('Email address', '000000');
    await expect(section.getByLabel('Verification code')).toHaveAccessibleDescription(
      /isn't correct/,
    );
    await securityPage.enterCode(
      'Email address',
      await securityPage.codeSentTo('Email address', 'ada@analytical.example'),
    );
    await expect(securityPage.flash).toHaveText('Your email address has been saved.');
    await expect(section).toContainText('ada@analytical.example');
    await page.reload();
    expect(await standIn.user('demo')).toMatchObject({ primaryEmail: 'ada@analytical.example' });
  });

  test('an expired code asks for a new one, and resending works', async ({
    page,
    securityPage,
    standIn,
  }) => {
    await standIn.setPolicies({ codeExpirationSeconds: 1 });
    await securityPage.startAddingEmail('late@analytical.example');
    await securityPage.verifyWithPassword();
    const expired = await securityPage.codeSentTo('Email address', 'late@analytical.example');
    await expect
      .poll(() => new Promise((resolve) => setTimeout(() => resolve(true), 1100)))
      .toBe(true);
    await securityPage.enterCode('Email address', expired);
    const section = securityPage.section('Email address');
    await expect(section.getByLabel('Verification code')).toHaveAccessibleDescription(/expired/);
    await standIn.setPolicies({ codeExpirationSeconds: 600 });
    // "Resend code" appears once the wait is over (without JavaScript, on the next page load).
    const resend = section.getByRole('button', { name: 'Resend code' });
    await expect
      .poll(async () => {
        if (!(await resend.isVisible())) await page.goto('/account/security/email');
        return resend.isVisible();
      })
      .toBe(true);
    // The new code's record arrives in a cookie with the answer: wait for it before verifying.
    const resent = page.waitForResponse((response) => response.request().method() === 'POST');
    await resend.click();
    await resent;
    const fresh = await securityPage.codeSentTo('Email address', 'late@analytical.example');
    expect(fresh).not.toBe(expired);
    // The code step re-renders with the resend's answer and may clear a code typed just before:
    // type it again until it is taken.
    await expect(async () => {
      if (!(await securityPage.flash.isVisible())) {
        await securityPage.enterCode('Email address', fresh);
      }
      await expect(securityPage.flash).toHaveText('Your email address has been saved.', {
        timeout: 3000,
      });
    }).toPass({ timeout: 20_000 });
  });

  test('"wrong address? change it" starts over', async ({ securityPage }) => {
    await securityPage.startAddingEmail('typo@analytical.exmaple');
    await securityPage.verifyWithPassword();
    const section = securityPage.section('Email address');
    await section.getByRole('button', { name: 'Wrong address? Change it' }).click();
    await expect(
      securityPage.section('Email address').getByLabel('New email address'),
    ).toBeVisible();
  });

  test('an address used by another account is refused', async ({ securityPage, standIn }) => {
    await standIn.createUser({
      username: 'babbage',
      password: 'engine-difference-1',
      primaryEmail: 'charles@example.com',
    });
    await securityPage.startAddingEmail('charles@example.com');
    await securityPage.verifyWithPassword();
    await securityPage.enterCode(
      'Email address',
      await securityPage.codeSentTo('Email address', 'charles@example.com'),
    );
    await expect(securityPage.section('Email address').getByRole('alert')).toContainText(
      'already used by another account',
    );
  });

  test('a blocked domain is refused before any code is sent', async ({ securityPage, standIn }) => {
    await standIn.setPolicies({ emailBlocklistPolicy: { customBlocklist: ['@blocked.example'] } });
    await securityPage.startAddingEmail('ada@blocked.example');
    await securityPage.verifyWithPassword();
    const field = securityPage.section('Email address').getByLabel('New email address');
    await expect(field).toHaveAccessibleDescription(/can't be used/);
    await expect(field).toHaveValue('ada@blocked.example');
  });

  test('too many codes to one address are refused with a clear message', async ({
    securityPage,
    standIn,
  }) => {
    await standIn.setPolicies({ sendLimit: { max: 1, windowSeconds: 600 } });
    await securityPage.startAddingEmail('busy@analytical.example');
    await securityPage.verifyWithPassword();
    await securityPage
      .section('Email address')
      .getByRole('button', { name: 'Wrong address? Change it' })
      .click();
    // The portal's own resend wait comes first; once it is over, Logto's limit answers.
    await expect(async () => {
      await securityPage.startAddingEmail('busy@analytical.example');
      await expect(
        securityPage.section('Email address').getByLabel('New email address'),
      ).toHaveAccessibleDescription(/Too many codes/, { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  });

  test('an address with a control character is refused before anything is sent', async ({
    securityPage,
  }) => {
    await securityPage.startAddingEmail('ada\u0007@analytical.example');
    const field = securityPage.section('Email address').getByLabel('New email address');
    await expect(field).toHaveAccessibleDescription(/control character/);
    await expect(securityPage.stepUpHeading).toBeHidden();
  });

  test('a tenant that cannot send email says so, and keeps the address typed', async ({
    securityPage,
    standIn,
  }) => {
    await standIn.setPolicies({ connectors: { email: false } });
    await securityPage.startAddingEmail('ada@analytical.example');
    await securityPage.verifyWithPassword();
    const field = securityPage.section('Email address').getByLabel('New email address');
    await expect(field).toHaveAccessibleDescription(/Sending codes isn't set up/);
    await expect(field).toHaveValue('ada@analytical.example');
  });

  test('removing asks for confirmation', async ({ page, securityPage, standIn }) => {
    await securityPage
      .section('Email address')
      .getByRole('link', { name: 'Remove email address' })
      .click();
    await page.getByRole('button', { name: 'Remove email address' }).click();
    await securityPage.verifyWithPassword();
    await expect(securityPage.flash).toHaveText('Your email address has been removed.');
    expect(await standIn.user('demo')).toMatchObject({ primaryEmail: null });
  });
});

test.describe('phone number', () => {
  test.beforeEach(async ({ signedIn, securityPage }) => {
    expect(signedIn).toBeTruthy();
    await securityPage.goto();
  });

  test('a number typed the Japanese way is sent as digits and saved', async ({
    securityPage,
    standIn,
  }) => {
    await securityPage.startAddingPhone('Japan (+81)', '090-1234-5678');
    await securityPage.verifyWithPassword();
    await expect(securityPage.section('Phone number')).toContainText('+81 90 1234 5678');
    await securityPage.enterCode(
      'Phone number',
      await securityPage.codeSentTo('Phone number', '819012345678'),
    );
    await expect(securityPage.flash).toHaveText('Your phone number has been saved.');
    expect(await standIn.user('demo')).toMatchObject({ primaryPhone: '819012345678' });
  });

  test('a number with its country code is accepted whatever country is chosen', async ({
    securityPage,
  }) => {
    await securityPage.startAddingPhone('United States (+1)', '+81 90 1234 5678');
    await securityPage.verifyWithPassword();
    await securityPage.enterCode(
      'Phone number',
      await securityPage.codeSentTo('Phone number', '819012345678'),
    );
    await expect(securityPage.flash).toHaveText('Your phone number has been saved.');
  });

  test('an impossible number is explained and kept', async ({ securityPage }) => {
    await securityPage.startAddingPhone('Japan (+81)', '12');
    const field = securityPage.section('Phone number').getByLabel('New phone number');
    await expect(field).toHaveAccessibleDescription(/Enter a phone number/);
    await expect(field).toHaveValue('12');
  });

  test('the chosen country is kept after a refused number', async ({ securityPage }) => {
    await securityPage.startAddingPhone('Japan (+81)', '12');
    const area = securityPage.section('Phone number');
    await expect(area.getByLabel('New phone number')).toHaveAccessibleDescription(
      /Enter a phone number/,
    );
    await expect(area.getByLabel('Country or region')).toHaveValue('JP');
  });

  test('the country starts as the one of the number on file', async ({ securityPage, standIn }) => {
    await standIn.updateUser('demo', { primaryPhone: '819012345678' });
    await securityPage.goto();
    await securityPage.openTask('phone number', 'Change');
    await expect(securityPage.area.getByLabel('Country or region')).toHaveValue('JP');
  });
});
