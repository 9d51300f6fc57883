import type { PasswordPolicy } from '@/lib/account-api/schemas';

/** One rule of the tenant's password policy, as the checklist shows it. */
export type PasswordRule = {
  key: string;
  values?: Record<string, number>;
  /** Whether a typed password meets it; absent when only Logto can tell (breaches, words). */
  check?: 'length' | 'types';
};

const characterClasses = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

/** How many of the four character types (lower, upper, digit, symbol) a password uses. */
export const characterTypeCount = (password: string) =>
  characterClasses.filter((pattern) => pattern.test(password)).length;

/** The policy's rules in reading order, with Logto's defaults for what the tenant left out. */
export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const min = policy.length?.min ?? 8;
  const types = policy.characterTypes?.min ?? 1;
  const rejects = policy.rejects ?? {};
  return [
    { key: 'minLength', values: { min }, check: 'length' },
    ...(types > 1
      ? [{ key: 'characterTypes', values: { min: types }, check: 'types' as const }]
      : []),
    ...(rejects.repetitionAndSequence !== false ? [{ key: 'noSequences' }] : []),
    ...(rejects.userInfo !== false ? [{ key: 'noPersonalInfo' }] : []),
    ...(rejects.words?.length ? [{ key: 'noBlockedWords' }] : []),
    ...(rejects.pwned !== false ? [{ key: 'notBreached' }] : []),
  ];
}

/** Whether `password` meets a checkable rule. */
export function meetsRule(rule: PasswordRule, password: string): boolean | undefined {
  if (rule.check === 'length') return password.length >= (rule.values?.min ?? 0);
  if (rule.check === 'types') return characterTypeCount(password) >= (rule.values?.min ?? 0);
  return undefined;
}
