import { describe, expect, it } from 'vitest';

import { meetsRule, passwordRules } from './password-rules';

describe('passwordRules', () => {
  it("lists Logto's defaults when the tenant's policy is empty", () => {
    expect(passwordRules({}).map((rule) => rule.key)).toEqual([
      'minLength',
      'noSequences',
      'noPersonalInfo',
      'notBreached',
    ]);
  });

  it('adds character types and blocked words only when the policy asks for them', () => {
    const rules = passwordRules({
      length: { min: 12 },
      characterTypes: { min: 3 },
      rejects: { pwned: false, repetitionAndSequence: false, userInfo: false, words: ['acme'] },
    });
    expect(rules).toEqual([
      { key: 'minLength', values: { min: 12 }, check: 'length' },
      { key: 'characterTypes', values: { min: 3 }, check: 'types' },
      { key: 'noBlockedWords' },
    ]);
  });
});

describe('meetsRule', () => {
  it('ticks length and character types as the user types, and leaves the rest to Logto', () => {
    const [length, types, words] = passwordRules({
      length: { min: 8 },
      characterTypes: { min: 3 },
      rejects: { pwned: false, repetitionAndSequence: false, userInfo: false, words: ['x'] },
    });
    expect(meetsRule(length!, 'short')).toBe(false);
    expect(meetsRule(length!, 'long enough')).toBe(true);
    expect(meetsRule(types!, 'alllower1')).toBe(false);
    expect(meetsRule(types!, 'Mixed-Case1')).toBe(true);
    expect(meetsRule(words!, 'anything')).toBeUndefined();
  });
});
