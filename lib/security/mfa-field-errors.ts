/** Which field of the two-step verification forms an Account API error code belongs next to. */
export const totpCodeFieldFor = (code: string) =>
  code === 'session.mfa.invalid_totp_code' || code === 'guard.invalid_input'
    ? ('code' as const)
    : undefined;

export const passkeyNameFieldFor = (code: string) =>
  code === 'guard.invalid_input' || code === 'entity.value_too_long'
    ? ('name' as const)
    : undefined;
