/**
 * `GET`/`PUT /__test/sign-in-experience` (test mode only): the sign-in experience's branding,
 * colours, MFA factors and policy, and passkey sign-in, as an administrator sets them in the
 * Console. `PUT` merges; `POST /__test/reset` restores the seed.
 */
import { z } from 'zod';

import { parseBody, sendJson } from './http/io';
import type { Router } from './http/router';
import type { StandInState } from './state';
import { mfaFactors, mfaPolicies } from './state/mfa';
import { brandingKeys, type Branding } from './state/sign-in-experience';

/** Logto's `hexColorRegEx` (`@logto/core-kit`). */
const hexColor = z.string().regex(/^#[\da-f]{3}([\da-f]{3})?$/i);

/** Logto's `brandingGuard` takes absolute URLs; `null` removes a key (Logto's keys are optional). */
const brandingUrl = z.url().nullable().optional();

export const signInExperienceBody = z.strictObject({
  branding: z
    .strictObject(Object.fromEntries(brandingKeys.map((key) => [key, brandingUrl])))
    .optional(),
  color: z
    .strictObject({
      primaryColor: hexColor.optional(),
      darkPrimaryColor: hexColor.optional(),
      isDarkModeEnabled: z.boolean().optional(),
    })
    .optional(),
  hideLogtoBranding: z.boolean().optional(),
  /** `factors` replaces the list (duplicates dropped); `policy` is kept when omitted. */
  mfa: z
    .strictObject({
      factors: z.array(z.enum(mfaFactors)).optional(),
      policy: z.enum(mfaPolicies).optional(),
    })
    .optional(),
  passkeySignIn: z
    .strictObject({
      enabled: z.boolean().optional(),
      showPasskeyButton: z.boolean().optional(),
      allowAutofill: z.boolean().optional(),
    })
    .optional(),
});

export type SignInExperiencePatch = z.infer<typeof signInExperienceBody>;

/** The settings `PUT` changes, as they are stored. */
export const signInExperienceView = ({ signInExperience }: StandInState) => ({
  branding: structuredClone(signInExperience.branding),
  color: structuredClone(signInExperience.color),
  hideLogtoBranding: signInExperience.hideLogtoBranding,
  mfa: structuredClone(signInExperience.mfa),
  passkeySignIn: structuredClone(signInExperience.passkeySignIn),
});

const definedOnly = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(
    Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;

/** Merge a patch: a branding key set to `null` is removed, an omitted one stays. */
export function applySignInExperience(state: StandInState, patch: SignInExperiencePatch): void {
  const current = state.signInExperience;
  const branding: Branding = { ...current.branding };
  for (const [key, value] of Object.entries(patch.branding ?? {})) {
    const brandingKey = key as keyof Branding;
    if (value === null) {
      delete branding[brandingKey];
    } else if (typeof value === 'string') {
      branding[brandingKey] = value;
    }
  }
  const { factors, policy } = patch.mfa ?? {};
  state.signInExperience = {
    ...current,
    branding,
    color: { ...current.color, ...definedOnly(patch.color) },
    hideLogtoBranding: patch.hideLogtoBranding ?? current.hideLogtoBranding,
    mfa: {
      factors: factors ? [...new Set(factors)] : current.mfa.factors,
      policy: policy ?? current.mfa.policy,
    },
    passkeySignIn: { ...current.passkeySignIn, ...definedOnly(patch.passkeySignIn) },
  };
}

/** Mount the sign-in experience controls. */
export function registerSignInExperienceControls(
  router: Router,
  { state }: { state: StandInState },
): void {
  router.get('/__test/sign-in-experience', async ({ res }) => {
    sendJson(res, 200, signInExperienceView(state));
  });

  router.put('/__test/sign-in-experience', async ({ req, res }) => {
    const parsed = signInExperienceBody.safeParse(await parseBody(req));
    if (!parsed.success) {
      sendJson(res, 400, { message: 'Invalid test-control body.', issues: parsed.error.issues });
      return;
    }
    applySignInExperience(state, parsed.data);
    sendJson(res, 200, signInExperienceView(state));
  });
}
