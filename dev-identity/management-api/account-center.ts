import { z } from 'zod';

import type { Router } from '../http/router';
import {
  accountCenterFieldKeys,
  fieldControlValues,
  type AccountCenterField,
  type AccountCenterSettings,
} from '../state/account-center';

import { managementRoute, type ManagementDeps } from './route';

const control = z.enum(fieldControlValues).optional();

/** Logto's `accountCenterFieldControlGuard`: known keys only (others are dropped), each optional. */
const fieldsGuard = z.object(
  Object.fromEntries(accountCenterFieldKeys.map((key) => [key, control])) as Record<
    AccountCenterField,
    typeof control
  >,
);

/** Whether a string is an absolute http(s) URL. */
const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** `""` or an http(s) URL of at most 2048 characters; `""` is stored as null. */
const deleteAccountUrlGuard = z
  .string()
  .max(2048)
  .refine((value) => value === '' || isHttpUrl(value), {
    message: 'deleteAccountUrl must be a valid http(s) URL',
  });

const patchBody = z.object({
  enabled: z.boolean().optional(),
  fields: fieldsGuard.optional(),
  webauthnRelatedOrigins: z.array(z.string()).optional(),
  deleteAccountUrl: deleteAccountUrlGuard.nullable().optional(),
  customCss: z.string().nullable().optional(),
  profileFields: z
    .array(z.object({ name: z.string() }))
    .nullable()
    .optional(),
});

type AccountCenterPatch = z.infer<typeof patchBody>;

/** Apply a PATCH: omitted keys stay; `fields` replaces the whole stored object (it is not merged). */
export function patchAccountCenter(
  current: AccountCenterSettings,
  patch: AccountCenterPatch,
): AccountCenterSettings {
  const { enabled, fields, webauthnRelatedOrigins, deleteAccountUrl, customCss, profileFields } =
    patch;
  return {
    ...current,
    ...(enabled === undefined ? {} : { enabled }),
    ...(fields === undefined ? {} : { fields: { ...fields } }),
    ...(webauthnRelatedOrigins === undefined
      ? {}
      : { webauthnRelatedOrigins: [...new Set(webauthnRelatedOrigins)] }),
    ...(deleteAccountUrl === undefined ? {} : { deleteAccountUrl: deleteAccountUrl || null }),
    ...(customCss === undefined ? {} : { customCss }),
    ...(profileFields === undefined ? {} : { profileFields }),
  };
}

/** `GET`/`PATCH /api/account-center` (Management API). */
export function registerAccountCenterRoutes(router: Router, deps: ManagementDeps): void {
  router.get(
    '/api/account-center',
    managementRoute(deps, {}, ({ state }) => state.accountCenter),
  );

  router.patch(
    '/api/account-center',
    managementRoute(deps, { body: patchBody }, ({ state, body }) => {
      state.accountCenter = patchAccountCenter(state.accountCenter, body);
      return state.accountCenter;
    }),
  );
}
