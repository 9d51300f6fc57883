import { apiErrorMessageKey } from '@/lib/forms/api-error-message';

/**
 * The catalog key for why a sessions, apps or trusted-devices change did not happen. Something
 * already gone is explained as such (the list was out of date), not shown as a failure.
 */
export function sessionErrorKey(code: string): string {
  switch (code) {
    case 'oidc.session_not_found':
    case 'oidc.invalid_session_account_id':
      return 'sessions.errors.sessionGone';
    case 'oidc.invalid_grant':
      return 'sessions.errors.appGone';
    case 'entity.not_found':
      return 'sessions.errors.deviceGone';
    case 'account_center.field_not_editable':
    case 'account_center.field_not_enabled':
      return 'sessions.errors.readOnly';
    case 'auth.unauthorized':
      return 'sessions.errors.notAllowed';
    default:
      return apiErrorMessageKey({ status: 400, code });
  }
}

/** Codes that mean the thing was already gone: the user's goal is met. */
export const isAlreadyGone = (code: string) =>
  ['oidc.session_not_found', 'oidc.invalid_grant', 'entity.not_found'].includes(code);
