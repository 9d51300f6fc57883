/** Account center settings (`account-api.md` §2): one row with id `default`. */

export const accountCenterFieldKeys = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
  'trustedDevice',
] as const;

export type AccountCenterField = (typeof accountCenterFieldKeys)[number];

export const fieldControlValues = ['Off', 'ReadOnly', 'Edit'] as const;

export type FieldControl = (typeof fieldControlValues)[number];

/** A missing key means `Off`. */
export type AccountCenterFields = Partial<Record<AccountCenterField, FieldControl>>;

export type AccountCenterSettings = {
  tenantId: string;
  id: 'default';
  enabled: boolean;
  fields: AccountCenterFields;
  webauthnRelatedOrigins: string[];
  deleteAccountUrl: string | null;
  customCss: string | null;
  profileFields: Array<{ name: string }> | null;
};

/** Logto OSS names its only tenant `default`. */
export const TENANT_ID = 'default';

const seededEditableFields = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'session',
] as const satisfies readonly AccountCenterField[];

/** The stand-in's seed: enabled, every field above `Edit`; `passkey` unset (falls back to `mfa`). */
export function seedAccountCenter(): AccountCenterSettings {
  return {
    tenantId: TENANT_ID,
    id: 'default',
    enabled: true,
    fields: Object.fromEntries(seededEditableFields.map((key) => [key, 'Edit' as const])),
    webauthnRelatedOrigins: [],
    deleteAccountUrl: null,
    customCss: null,
    profileFields: null,
  };
}

/** The control for a field; `passkey` falls back to `mfa` only when its key is absent. */
export function controlOf(fields: AccountCenterFields, field: AccountCenterField): FieldControl {
  if (field === 'passkey') {
    return fields.passkey ?? fields.mfa ?? 'Off';
  }
  return fields[field] ?? 'Off';
}

export const isReadable = (fields: AccountCenterFields, field: AccountCenterField): boolean =>
  controlOf(fields, field) !== 'Off';

export const isEditable = (fields: AccountCenterFields, field: AccountCenterField): boolean =>
  controlOf(fields, field) === 'Edit';
