import { afterEach, describe, expect, it, vi } from 'vitest';

import { keptFor } from './kept';

afterEach(() => {
  vi.useRealTimers();
});

describe('keptFor', () => {
  it('reuses an answer for the TTL, then reads again', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const read = keptFor(
      () => 30_000,
      () => Promise.resolve(++reads),
    );
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    vi.advanceTimersByTime(30_001);
    expect(await read()).toBe(2);
  });

  it('shares a read under way between callers', async () => {
    let reads = 0;
    const read = keptFor(
      () => 30_000,
      () => Promise.resolve(++reads),
    );
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
  });

  it('does not keep a failed read', async () => {
    let reads = 0;
    const read = keptFor(
      () => 30_000,
      () => {
        reads += 1;
        return reads === 1 ? Promise.reject(new Error('down')) : Promise.resolve(reads);
      },
    );
    await expect(read()).rejects.toThrow('down');
    expect(await read()).toBe(2);
  });

  it('reads every time with a TTL of 0', async () => {
    let reads = 0;
    const read = keptFor(
      () => 0,
      () => Promise.resolve(++reads),
    );
    await read();
    expect(await read()).toBe(2);
  });
});
