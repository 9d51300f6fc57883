import { Secret, TOTP, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';

import { groupSecret, otpauthUri, totpIssuer } from '@/lib/mfa/otpauth';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('otpauthUri', () => {
  it('puts issuer and account in the label and repeats the issuer as a parameter', () => {
    expect(otpauthUri({ issuer: 'account.example.com', account: 'ada', secret })).toBe(
      `otpauth://totp/account.example.com:ada?secret=${secret}&issuer=account.example.com`,
    );
  });

  it('percent-encodes spaces, colons and @ so the label keeps one separator', () => {
    const uri = otpauthUri({ issuer: 'Acme: Account', account: 'ada@example.com', secret });
    expect(uri).toBe(
      `otpauth://totp/Acme%3A%20Account:ada%40example.com?secret=${secret}&issuer=Acme%3A%20Account`,
    );
    expect(uri).not.toContain('+');
  });

  it('is read back by an authenticator library as the same account and secret', () => {
    const uri = otpauthUri({ issuer: 'ポータル', account: 'ada@example.com', secret });
    const parsed = URI.parse(uri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.issuer).toBe('ポータル');
    expect(parsed.label).toBe('ada@example.com');
    expect(parsed.secret.base32).toBe(Secret.fromBase32(secret).base32);
    expect((parsed as TOTP).digits).toBe(6);
    expect((parsed as TOTP).period).toBe(30);
  });
});

describe('groupSecret', () => {
  it('groups the key in fours', () => {
    expect(groupSecret(secret)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });
});

describe('totpIssuer', () => {
  it("is the portal's name when set, else its host name", () => {
    expect(totpIssuer('Acme Account', 'https://account.acme.test')).toBe('Acme Account');
    expect(totpIssuer('  ', 'https://account.acme.test:8443/x')).toBe('account.acme.test');
    expect(totpIssuer(undefined, 'http://localhost:3000')).toBe('localhost');
  });
});
