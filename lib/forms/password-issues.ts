import type { AccountApiError } from '@/lib/errors';
import { z } from '@/lib/schemas/zod';
import type { FormState } from '@/lib/forms/form-state';

const issuesSchema = z.array(
  z.object({
    code: z.string(),
    interpolation: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);

const knownRules = new Set([
  'too_short',
  'too_long',
  'character_types',
  'unsupported_characters',
  'pwned',
  'restricted.repetition',
  'restricted.sequence',
  'restricted.user_info',
  'restricted.words',
]);

/** `422 password.rejected` carries the policy's issues in `data`: a checklist of what to fix. */
export function passwordIssues(error: AccountApiError): FormState<string>['issues'] {
  const parsed = issuesSchema.safeParse(error.data);
  if (!parsed.success) return undefined;
  return parsed.data.map(({ code, interpolation }) => {
    const rule = code.replace(/^password_rejected\./, '');
    return knownRules.has(rule)
      ? { key: `passwordRules.${rule.replace('.', '_')}`, values: interpolation }
      : { key: 'passwordRules.other' };
  });
}
