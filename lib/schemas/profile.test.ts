import { describe, expect, it } from 'vitest';

import { addressSchema, namePictureSchema, personalDetailsSchema } from '@/lib/schemas/profile';

const details = {
  givenName: 'Ada',
  middleName: '',
  familyName: 'Lovelace',
  nickname: '',
  website: '',
  gender: '',
  genderCustom: '',
  birthdate: '',
  zoneinfo: '',
  locale: '',
};

const errorsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
  );

const now = () => new Date('2026-03-10T12:00:00Z');

describe('namePictureSchema', () => {
  const open = namePictureSchema([]);
  const listed = namePictureSchema(['localhost:3101']);

  it('accepts a name and a public https picture', () => {
    const result = open.safeParse({ name: ' Ada ', avatar: 'https://pictures.example/ada.png' });
    expect(result.data).toEqual({ name: 'Ada', avatar: 'https://pictures.example/ada.png' });
  });

  it.each([
    ['http://pictures.example/ada.png', 'validation.avatar.https'],
    ['https://192.0.2.1/ada.png', 'validation.avatar.ipAddress'],
    ['https://ada:secret@pictures.example/ada.png', 'validation.avatar.credentials'],
    ['https://localhost/ada.png', 'validation.avatar.localhost'],
    ['not a link', 'validation.avatar.invalid'],
  ])('refuses %s and says why', (avatar, message) => {
    expect(errorsOf(open.safeParse({ avatar }))).toEqual({ avatar: message });
  });

  it('trusts a listed host as listed and refuses others once a list is set', () => {
    expect(listed.safeParse({ avatar: 'http://localhost:3101/user-assets/a.png' }).success).toBe(
      true,
    );
    expect(errorsOf(listed.safeParse({ avatar: 'https://pictures.example/ada.png' }))).toEqual({
      avatar: 'validation.avatar.notListed',
    });
  });

  it('refuses control characters and names over 128 characters', () => {
    expect(errorsOf(open.safeParse({ name: 'Ada\u0000' }))).toEqual({
      name: 'validation.controlCharacters',
    });
    expect(errorsOf(open.safeParse({ name: 'x'.repeat(129) }))).toEqual({
      name: 'validation.nameTooLong',
    });
  });
});

describe('personalDetailsSchema', () => {
  const schema = personalDetailsSchema({}, now);

  it.each(['2025-02-30', '2023-02-29', '2025-04-31'])('refuses the impossible date %s', (date) => {
    expect(errorsOf(schema.safeParse({ ...details, birthdate: date }))).toEqual({
      birthdate: 'validation.birthdate',
    });
  });

  it('refuses a date in the future and accepts a past one', () => {
    expect(errorsOf(schema.safeParse({ ...details, birthdate: '2026-03-12' }))).toEqual({
      birthdate: 'validation.birthdateFuture',
    });
    expect(schema.safeParse({ ...details, birthdate: '1815-12-10' }).success).toBe(true);
  });

  it.each([
    'givenName',
    'middleName',
    'familyName',
    'nickname',
    'website',
    'genderCustom',
    'zoneinfo',
    'locale',
  ])('refuses control characters in %s', (field) => {
    const values = { ...details, gender: 'custom', genderCustom: 'x', [field]: 'Ada\u0000' };
    expect(errorsOf(schema.safeParse(values))[field]).toBe('validation.controlCharacters');
  });

  it('accepts the listed choices and refuses unknown ones', () => {
    const good = { ...details, zoneinfo: 'Asia/Tokyo', locale: 'ja', gender: 'female' };
    expect(schema.safeParse(good).success).toBe(true);
    expect(
      errorsOf(schema.safeParse({ ...details, zoneinfo: 'Mars/Olympus', gender: 'robot' })),
    ).toEqual({ zoneinfo: 'validation.zoneinfo', gender: 'validation.gender' });
  });

  it('keeps values the account already holds, even when no option fits them', () => {
    const stored = personalDetailsSchema({ zoneinfo: 'Mars/Olympus', locale: 'Klingon!' }, now);
    expect(
      stored.safeParse({ ...details, zoneinfo: 'Mars/Olympus', locale: 'Klingon!' }).success,
    ).toBe(true);
  });

  it('needs words when "in your own words" is chosen', () => {
    expect(errorsOf(schema.safeParse({ ...details, gender: 'custom' }))).toEqual({
      genderCustom: 'validation.genderCustom',
    });
    expect(
      schema.safeParse({ ...details, gender: 'custom', genderCustom: 'Non-binary' }).success,
    ).toBe(true);
  });
});

describe('addressSchema', () => {
  const address = { streetAddress: '', locality: '', region: '', postalCode: '', country: '' };

  it('takes an ISO country code, and a stored country written out', () => {
    expect(addressSchema().safeParse({ ...address, country: 'JP' }).success).toBe(true);
    expect(errorsOf(addressSchema().safeParse({ ...address, country: 'Japan' }))).toEqual({
      country: 'validation.country',
    });
    const stored = addressSchema({ address: { country: 'Japan' } });
    expect(stored.safeParse({ ...address, country: 'Japan' }).success).toBe(true);
  });

  it('refuses control characters in every part', () => {
    for (const field of ['streetAddress', 'locality', 'region', 'postalCode'] as const) {
      expect(errorsOf(addressSchema().safeParse({ ...address, [field]: 'x\u009by' }))[field]).toBe(
        'validation.controlCharacters',
      );
    }
  });
});
