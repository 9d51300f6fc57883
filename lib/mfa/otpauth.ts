/**
 * The `otpauth://` URI an authenticator app scans (Google's "Key URI Format"): the label is
 * `issuer:account`, each part percent-encoded, and the issuer is repeated as a parameter so apps
 * that read only one of them agree. SHA-1, 6 digits and 30 s are the defaults and Logto's.
 */
export function otpauthUri({
  issuer,
  account,
  secret,
}: {
  issuer: string;
  account: string;
  secret: string;
}): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret, issuer });
  // URLSearchParams writes spaces as `+`, which some authenticator apps show literally.
  return `otpauth://totp/${label}?${query.toString().replaceAll('+', '%20')}`;
}

/** The secret as people type it: groups of four ("ABCD EFGH …"). */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The name an authenticator app lists the account under. Logto's sign-in experience has no tenant
 * name, so the portal's own name when the operator set one, else its host name (as Logto's own
 * Account Center does).
 */
export function totpIssuer(portalName: string | undefined, baseUrl: string): string {
  const name = portalName?.trim();
  if (name) return name;
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return 'Account';
  }
}
