import { describe, expect, it } from 'vitest';

import {
  toAddressClaim,
  toPersonalDetailsClaims,
  toPersonalDetailsValues,
  unparseableBirthdate,
} from '@/lib/profile';

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

describe('personal details', () => {
  it('shows a free-text gender as "in your own words"', () => {
    expect(toPersonalDetailsValues({ gender: 'Non-binary' })).toMatchObject({
      gender: 'custom',
      genderCustom: 'Non-binary',
    });
    expect(toPersonalDetailsValues({ gender: 'female' })).toMatchObject({
      gender: 'female',
      genderCustom: '',
    });
  });

  it('sends the words as the gender claim', () => {
    expect(
      toPersonalDetailsClaims({ ...details, gender: 'custom', genderCustom: 'Non-binary' }),
    ).toMatchObject({ gender: 'Non-binary' });
  });

  it('keeps a stored birthdate the date input cannot show', () => {
    const stored = { birthdate: '10 December 1815' };
    expect(toPersonalDetailsValues(stored).birthdate).toBe('');
    expect(unparseableBirthdate(stored)).toBe('10 December 1815');
    expect(toPersonalDetailsClaims(details, stored)).not.toHaveProperty('birthdate');
    expect(toPersonalDetailsClaims({ ...details, birthdate: '1815-12-10' }, stored)).toMatchObject({
      birthdate: '1815-12-10',
    });
    expect(toPersonalDetailsClaims({ ...details, birthdateClear: 'on' }, stored)).toMatchObject({
      birthdate: '',
    });
  });

  it('clears a valid stored birthdate the person emptied', () => {
    expect(toPersonalDetailsClaims(details, { birthdate: '1815-12-10' })).toMatchObject({
      birthdate: '',
    });
  });
});

describe('address', () => {
  const blank = { streetAddress: '', locality: '', region: '', postalCode: '', country: '' };

  it('leaves out blank parts', () => {
    expect(toAddressClaim({ ...blank, locality: 'London', country: 'GB' })).toEqual({
      locality: 'London',
      country: 'GB',
    });
  });

  it('keeps the formatted line while it still describes the address', () => {
    const stored = { address: { locality: 'London', formatted: '12 St James’s Square, London' } };
    expect(toAddressClaim({ ...blank, locality: 'London' }, stored)).toEqual(stored.address);
    expect(toAddressClaim({ ...blank, locality: 'Paris' }, stored)).toEqual({ locality: 'Paris' });
  });
});
