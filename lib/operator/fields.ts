/**
 * The Account API fields the portal shows, the operator's choice of modes for them, and the
 * before → after plan for `PATCH /api/account-center`.
 */
import { z } from 'zod';

import { usageError } from './errors';
import type { AccountCenter } from './schemas';

export const PORTAL_FIELDS = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
] as const;
export type PortalField = (typeof PORTAL_FIELDS)[number];

export const FIELD_MODES = ['Edit', 'ReadOnly', 'Off'] as const;
export type FieldMode = (typeof FIELD_MODES)[number];

export type FieldChoice = Record<PortalField, FieldMode>;

/** Whether a key is one of the portal's fields. */
const isPortalField = (key: string): key is PortalField =>
  (PORTAL_FIELDS as readonly string[]).includes(key);
/** Whether a value is `Edit`, `ReadOnly` or `Off`. */
const isFieldMode = (value: string): value is FieldMode =>
  (FIELD_MODES as readonly string[]).includes(value);

/** A field's mode as Logto applies it: a missing key is `Off`. */
export const modeOf = (fields: Readonly<Record<string, string>>, key: string): string =>
  fields[key] ?? 'Off';

/** One field/mode pair, validated; `source` names the flag or file in the message. */
function fieldEntry(key: string, mode: string, source: string): [PortalField, FieldMode] {
  if (!isPortalField(key)) {
    throw usageError(
      `${source}: unknown field "${key}"; the portal's fields are ${PORTAL_FIELDS.join(', ')}.`,
    );
  }
  if (!isFieldMode(mode)) {
    throw usageError(`${source}: "${key}" must be Edit, ReadOnly or Off, got "${mode}".`);
  }
  return [key, mode];
}

/** `--fields name=Edit,avatar=ReadOnly,…`. */
export function parseFieldsFlag(value: string): Partial<FieldChoice> {
  const pairs = value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean);
  return Object.fromEntries(
    pairs.map((pair) => {
      const [key = '', mode = ''] = pair.split('=').map((part) => part.trim());
      return fieldEntry(key, mode, '--fields');
    }),
  );
}

/** `--fields-file`: a JSON object such as `{ "name": "Edit", "phone": "Off" }`. */
export function parseFieldsJson(text: string, source: string): Partial<FieldChoice> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw usageError(`${source} is not valid JSON.`);
  }
  const parsed = z.record(z.string(), z.string()).safeParse(raw);
  if (!parsed.success) {
    throw usageError(`${source} must be a JSON object of field names to Edit, ReadOnly or Off.`);
  }
  return Object.fromEntries(
    Object.entries(parsed.data).map(([key, mode]) => fieldEntry(key, mode, source)),
  );
}

/** Every portal field `Edit`, then the operator's overrides. */
export const chooseFields = (overrides: Partial<FieldChoice> = {}): FieldChoice => ({
  ...(Object.fromEntries(PORTAL_FIELDS.map((key) => [key, 'Edit'])) as FieldChoice),
  ...overrides,
});

export type Change = { key: string; before: string; after: string };

export type AccountCenterPlan = {
  changes: Change[];
  /** Fields the portal doesn't use, kept as they are. */
  kept: Array<{ key: string; mode: string }>;
  /** What to send, or undefined when the tenant already matches. */
  patch?: { enabled: true; fields: Record<string, string> };
};

/**
 * Enable the Account API with the chosen modes. PATCH replaces the whole `fields` object, so the
 * patch carries the fields the portal doesn't use (mfa, passkey, …) unchanged.
 */
export function planAccountCenter(current: AccountCenter, choice: FieldChoice): AccountCenterPlan {
  const fields = { ...current.fields, ...choice };
  const changes: Change[] = [
    ...(current.enabled ? [] : [{ key: 'enabled', before: 'false', after: 'true' }]),
    ...PORTAL_FIELDS.filter((key) => modeOf(current.fields, key) !== choice[key]).map((key) => ({
      key,
      before: modeOf(current.fields, key),
      after: choice[key],
    })),
  ];
  const kept = Object.entries(current.fields)
    .filter(([key]) => !isPortalField(key))
    .map(([key, mode]) => ({ key, mode }));
  return { changes, kept, ...(changes.length > 0 ? { patch: { enabled: true, fields } } : {}) };
}

/** "name, avatar Edit; phone ReadOnly; social Off": the portal fields grouped by mode. */
export function describeModes(fields: Readonly<Record<string, string>>): string {
  const groups = new Map<string, string[]>();
  for (const key of PORTAL_FIELDS) {
    const mode = modeOf(fields, key);
    groups.set(mode, [...(groups.get(mode) ?? []), key]);
  }
  return [...groups].map(([mode, keys]) => `${keys.join(', ')} ${mode}`).join('; ');
}
