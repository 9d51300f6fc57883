import { describe, expect, it } from 'vitest';

import { isAlreadyGone, sessionErrorKey } from '@/lib/sessions/errors';

describe('sessionErrorKey', () => {
  it.each([
    ['oidc.session_not_found', 'sessions.errors.sessionGone'],
    ['oidc.invalid_session_account_id', 'sessions.errors.sessionGone'],
    ['oidc.invalid_grant', 'sessions.errors.appGone'],
    ['entity.not_found', 'sessions.errors.deviceGone'],
    ['account_center.field_not_editable', 'sessions.errors.readOnly'],
    ['account_center.field_not_enabled', 'sessions.errors.readOnly'],
    ['auth.unauthorized', 'sessions.errors.notAllowed'],
    ['oidc.failed_to_revoke_grant', 'apiErrors.oidc.failed_to_revoke_grant'],
    [
      'oidc.failed_to_cleanup_session_authorization',
      'apiErrors.oidc.failed_to_cleanup_session_authorization',
    ],
    ['auth.third_party_application_forbidden', 'apiErrors.auth.third_party_application_forbidden'],
    ['guard.invalid_input', 'apiErrors.guard.invalid_input'],
    ['something.new', 'apiErrors.portal.unknown'],
  ])('%s → %s', (code, key) => {
    expect(sessionErrorKey(code)).toBe(key);
  });

  it('treats what is already gone as done', () => {
    expect(isAlreadyGone('oidc.session_not_found')).toBe(true);
    expect(isAlreadyGone('oidc.failed_to_revoke_grant')).toBe(false);
  });
});
