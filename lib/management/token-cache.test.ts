import { describe, expect, it, vi } from 'vitest';

import { createTokenCache, renewBeforeMs } from './token-cache';

describe('createTokenCache', () => {
  it('keeps the token until shortly before it expires, then fetches a new one', async () => {
    let clock = 0;
    let issued = 0;
    const fetchToken = vi.fn(async () => ({ accessToken: `token-${++issued}`, expiresIn: 3600 }));
    const cache = createTokenCache(fetchToken, () => clock);
    expect(await cache.get()).toBe('token-1');
    clock = 3600_000 - renewBeforeMs - 1;
    expect(await cache.get()).toBe('token-1');
    expect(fetchToken).toHaveBeenCalledTimes(1);
    clock = 3600_000 - renewBeforeMs;
    expect(await cache.get()).toBe('token-2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('makes one request for callers that arrive together', async () => {
    let release: (value: { accessToken: string; expiresIn: number }) => void = () => {};
    const fetchToken = vi.fn(
      () =>
        new Promise<{ accessToken: string; expiresIn: number }>((resolve) => {
          release = resolve;
        }),
    );
    const cache = createTokenCache(fetchToken);
    const callers = Promise.all([cache.get(), cache.get(), cache.get()]);
    release({ accessToken: 'shared', expiresIn: 3600 });
    expect(await callers).toEqual(['shared', 'shared', 'shared']);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure: the next caller asks again', async () => {
    const fetchToken = vi
      .fn<() => Promise<{ accessToken: string; expiresIn: number }>>()
      .mockRejectedValueOnce(new Error('refused'))
      .mockResolvedValueOnce({ accessToken: 'second', expiresIn: 3600 });
    const cache = createTokenCache(fetchToken);
    await expect(cache.get()).rejects.toThrow('refused');
    expect(await cache.get()).toBe('second');
  });

  it('fetches again after clear(), as after Logto refused the token', async () => {
    let issued = 0;
    const cache = createTokenCache(async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }));
    expect(await cache.get()).toBe('t1');
    cache.clear();
    expect(await cache.get()).toBe('t2');
  });
});
