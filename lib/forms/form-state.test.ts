import { describe, expect, it } from 'vitest';

import { AccountApiError } from '@/lib/errors';
import { apiErrorMessageKey } from '@/lib/forms/api-error-message';
import { fromZodError, toFormState } from '@/lib/forms/form-errors';
import { namePictureSchema } from '@/lib/schemas/profile';

describe('apiErrorMessageKey', () => {
  it.each([
    [400, 'account_center.field_not_editable', 'apiErrors.account_center.field_not_editable'],
    [422, 'user.email_already_in_use', 'apiErrors.user.email_already_in_use'],
    [
      422,
      'session.mfa.backup_code_can_not_be_alone',
      'apiErrors.session.mfa.backup_code_can_not_be_alone',
    ],
    [429, 'request.message_rate_limited', 'apiErrors.request.message_rate_limited'],
    [429, 'something.new', 'apiErrors.portal.rate_limited'],
    [400, 'connector.brand_new_failure', 'apiErrors.connector.unknown'],
    [503, 'portal.unreachable', 'apiErrors.portal.unreachable'],
    [502, 'bad.gateway', 'apiErrors.portal.unreachable'],
    [400, 'never.heard.of', 'apiErrors.portal.unknown'],
  ])('maps %i %s', (status, code, key) => {
    expect(apiErrorMessageKey({ status, code })).toBe(key);
  });
});

describe('form state', () => {
  it('keeps typed values and puts zod messages on their fields', () => {
    const values = { name: 'Ada', avatar: 'not a url' };
    const parsed = namePictureSchema([]).safeParse(values);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fromZodError(parsed.error, values)).toEqual({
      status: 'error',
      message: 'forms.fixErrors',
      fieldErrors: { avatar: ['validation.avatar.invalid'] },
      values,
    });
  });

  it('puts an API error on the field it concerns', () => {
    const error = new AccountApiError(422, 'entity.value_too_long', 'too long');
    const state = toFormState(error, { name: 'x' }, (code) =>
      code === 'entity.value_too_long' ? 'name' : undefined,
    );
    expect(state.fieldErrors).toEqual({ name: ['apiErrors.entity.value_too_long'] });
    expect(state.values).toEqual({ name: 'x' });
  });

  it('carries the wait time of a 429', () => {
    const error = new AccountApiError(
      429,
      'request.message_rate_limited',
      'slow down',
      undefined,
      30,
    );
    expect(toFormState(error, {})).toMatchObject({ status: 'error', retryAfter: 30 });
  });
});
