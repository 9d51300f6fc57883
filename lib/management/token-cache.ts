/** A token and how many seconds it lives, as the token endpoint answers. */
export type IssuedToken = { accessToken: string; expiresIn: number };

/** Renew this long before the token expires, so no request carries a token about to die. */
export const renewBeforeMs = 60_000;

/**
 * Keeps one token until shortly before it expires. Callers that arrive while a token is being
 * fetched share that one request; a failed request is not cached.
 */
export function createTokenCache(
  fetchToken: () => Promise<IssuedToken>,
  now: () => number = Date.now,
): { get(): Promise<string>; clear(): void } {
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  return {
    get() {
      if (current && now() < current.renewAt) return Promise.resolve(current.token);
      pending ??= fetchToken()
        .then(({ accessToken, expiresIn }) => {
          current = { token: accessToken, renewAt: now() + expiresIn * 1000 - renewBeforeMs };
          return accessToken;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    clear() {
      current = undefined;
    },
  };
}
