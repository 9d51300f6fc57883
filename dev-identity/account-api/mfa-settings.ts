import { z } from 'zod';

import { assertThat } from '../errors';
import type { Router } from '../http/router';
import { isEditable, isReadable } from '../state/account-center';
import { logtoConfigView, updatedLogtoConfig, userMfaData } from '../state/mfa';

import { accountRoute, json, type ApiDeps } from './context';
import { assertFirstPartyClient } from './first-party';
import { assertIdentitiesScope, assertIdentityVerified } from './mfa-verifications';

const settingsBody = z.object({ skipMfaOnSignIn: z.boolean() });

/** Logto's `userMfaDataGuard` and `userPasskeySignInDataGuard`, every flag optional. */
const logtoConfigBody = z.object({
  mfa: z
    .object({
      enabled: z.boolean().optional(),
      skipped: z.boolean().optional(),
      additionalBindingSuggestionSkipped: z.boolean().optional(),
      skipMfaOnSignIn: z.boolean().optional(),
    })
    .optional(),
  passkeySignIn: z.object({ skipped: z.boolean().optional() }).optional(),
});

/** `GET`/`PATCH /api/my-account/mfa-settings` and `…/logto-configs` (§3.6). */
export function registerMfaSettingsRoutes(router: Router, deps: ApiDeps): void {
  router.get(
    '/api/my-account/mfa-settings',
    accountRoute(deps, {}, (ctx) => {
      // The scope before the field, unlike `GET …/mfa-verifications`.
      assertIdentitiesScope(ctx);
      assertThat(isReadable(ctx.accountCenter.fields, 'mfa'), 'account_center.field_not_enabled');
      const { skipMfaOnSignIn = false } = userMfaData(ctx.user().logtoConfig);
      return json({ skipMfaOnSignIn });
    }),
  );

  router.patch(
    '/api/my-account/mfa-settings',
    accountRoute(deps, { body: settingsBody }, (ctx) => {
      assertIdentityVerified(ctx);
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      // The field gate comes last here; `Off` also answers `field_not_editable`.
      assertThat(isEditable(ctx.accountCenter.fields, 'mfa'), 'account_center.field_not_editable');
      const user = ctx.user();
      const { skipMfaOnSignIn } = ctx.body;
      // Only the `mfa` object changes (no `passkey_sign_in` is added, unlike logto-configs).
      ctx.state.users.update(user.id, {
        logtoConfig: {
          ...user.logtoConfig,
          mfa: { ...userMfaData(user.logtoConfig), skipMfaOnSignIn },
        },
      });
      return json({ skipMfaOnSignIn });
    }),
  );

  router.get(
    '/api/my-account/logto-configs',
    accountRoute(deps, {}, (ctx) => {
      assertIdentitiesScope(ctx);
      assertThat(
        isReadable(ctx.accountCenter.fields, 'passkey'),
        'account_center.field_not_enabled',
      );
      return json(logtoConfigView(ctx.user().logtoConfig));
    }),
  );

  router.patch(
    '/api/my-account/logto-configs',
    accountRoute(deps, { body: logtoConfigBody }, (ctx) => {
      assertIdentityVerified(ctx);
      assertIdentitiesScope(ctx);
      assertFirstPartyClient(ctx.auth);
      assertThat(
        isEditable(ctx.accountCenter.fields, 'passkey'),
        'account_center.field_not_editable',
      );
      const user = ctx.user();
      const updated = ctx.state.users.update(user.id, {
        logtoConfig: updatedLogtoConfig(user.logtoConfig, ctx.body),
      });
      return json(logtoConfigView(updated.logtoConfig));
    }),
  );
}
