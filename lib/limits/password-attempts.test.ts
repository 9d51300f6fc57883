import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { AccountApiError } from '@/lib/errors';
import {
  passwordAttempts,
  userAttemptPolicy,
  type AttemptPolicy,
} from '@/lib/limits/password-attempts';
import { memoryCounters, redisCounters, type CounterStore } from '@/lib/limits/store';
import {
  redisInstalled,
  redisSkipReason,
  startRedis,
  type TestRedis,
} from '@/lib/limits/test-support';

const wrongPassword = () =>
  new AccountApiError(422, 'session.invalid_credentials', 'Wrong password.');
const isWrongPassword = (error: unknown) =>
  error instanceof AccountApiError && error.code === 'session.invalid_credentials';
const logtoDown = () => new AccountApiError(503, 'portal.unreachable', 'Down.');

const wide: AttemptPolicy = {
  maxFailures: 1000,
  windowSeconds: 60,
  firstPauseSeconds: 60,
  maxPauseSeconds: 60,
};
const policies = { user: userAttemptPolicy, address: wide };

/** Logto as the limiter sees it: a check that counts how often it is asked. */
function logto(
  answer: () => unknown = () => {
    throw wrongPassword();
  },
) {
  return vi.fn(async () => answer());
}

async function refusal(promise: Promise<unknown>): Promise<AccountApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AccountApiError)) throw new Error(`expected a refusal, got ${error}`);
  return error;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function behaviour(name: string, stores: () => [CounterStore, CounterStore]) {
  describe(`step-up password attempts (${name})`, () => {
    const who = { userId: 'user-1', address: '203.0.113.7' };

    it('the sixth wrong step-up password is refused without asking Logto', async () => {
      const limits = passwordAttempts(stores()[0], policies);
      const check = logto();
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await refusal(limits.attempt(who, check, isWrongPassword))).code).toBe(
          'session.invalid_credentials',
        );
      }
      const right = logto(() => ({ verificationRecordId: 'r' }));
      const paused = await refusal(limits.attempt(who, right, isWrongPassword));
      expect(paused).toMatchObject({ status: 429, code: 'portal.step_up_paused' });
      expect(paused.retryAfter).toBeGreaterThanOrEqual(59);
      expect(paused.retryAfter).toBeLessThanOrEqual(60);
      expect(check).toHaveBeenCalledTimes(5);
      expect(right).not.toHaveBeenCalled();
    });

    it('each pause within a day is twice as long as the one before', async () => {
      const short: AttemptPolicy = {
        maxFailures: 2,
        windowSeconds: 60,
        firstPauseSeconds: 1,
        maxPauseSeconds: 3,
      };
      const limits = passwordAttempts(stores()[0], { user: short, address: wide });
      const pauseAfterTwoWrong = async () => {
        await refusal(limits.attempt(who, logto(), isWrongPassword));
        await refusal(limits.attempt(who, logto(), isWrongPassword));
        return (await refusal(limits.attempt(who, logto(), isWrongPassword))).retryAfter;
      };
      expect(await pauseAfterTwoWrong()).toBe(1);
      await sleep(1100);
      expect(await pauseAfterTwoWrong()).toBe(2);
      await sleep(2100);
      expect(await pauseAfterTwoWrong()).toBe(3);
    });

    it("a right password resets the user's count", async () => {
      const limits = passwordAttempts(stores()[0], policies);
      for (let attempt = 1; attempt <= 4; attempt++) {
        await refusal(limits.attempt(who, logto(), isWrongPassword));
      }
      await limits.attempt(
        who,
        logto(() => 'record'),
        isWrongPassword,
      );
      const check = logto();
      for (let attempt = 1; attempt <= 5; attempt++) {
        await refusal(limits.attempt(who, check, isWrongPassword));
      }
      expect(check).toHaveBeenCalledTimes(5);
    });

    it('a successful step-up by code lifts a pause', async () => {
      const limits = passwordAttempts(stores()[0], policies);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await refusal(limits.attempt(who, logto(), isWrongPassword));
      }
      await limits.reset(who.userId);
      await expect(
        limits.attempt(
          who,
          logto(() => 'record'),
          isWrongPassword,
        ),
      ).resolves.toBe('record');
    });

    it('failures that are not a wrong password (Logto down) do not count', async () => {
      const limits = passwordAttempts(stores()[0], policies);
      const check = logto(() => Promise.reject(logtoDown()));
      for (let attempt = 1; attempt <= 10; attempt++) {
        expect((await refusal(limits.attempt(who, check, isWrongPassword))).code).toBe(
          'portal.unreachable',
        );
      }
      expect(check).toHaveBeenCalledTimes(10);
    });

    it('of twenty guesses sent at once, five reach Logto', async () => {
      const limits = passwordAttempts(stores()[0], policies);
      const check = logto();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => refusal(limits.attempt(who, check, isWrongPassword))),
      );
      expect(check).toHaveBeenCalledTimes(5);
      expect(results.filter((error) => error.code === 'portal.step_up_paused')).toHaveLength(15);
    });

    it('wrong passwords from one address pause it for every user, not other addresses', async () => {
      const strict: AttemptPolicy = {
        ...wide,
        maxFailures: 3,
        firstPauseSeconds: 300,
        maxPauseSeconds: 600,
      };
      const limits = passwordAttempts(stores()[0], { user: userAttemptPolicy, address: strict });
      for (const userId of ['a', 'b', 'c']) {
        await refusal(limits.attempt({ userId, address: who.address }, logto(), isWrongPassword));
      }
      const paused = await refusal(
        limits.attempt({ userId: 'd', address: who.address }, logto(), isWrongPassword),
      );
      expect(paused).toMatchObject({ code: 'portal.step_up_paused', retryAfter: 300 });
      await expect(
        limits.attempt(
          { userId: 'd', address: '198.51.100.1' },
          logto(() => 'ok'),
          isWrongPassword,
        ),
      ).resolves.toBe('ok');
    });

    it('two instances share the count', async () => {
      const [first, second] = stores();
      const one = passwordAttempts(first, policies);
      const other = passwordAttempts(second, policies);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await refusal(one.attempt(who, logto(), isWrongPassword));
      }
      const right = logto(() => 'record');
      expect((await refusal(other.attempt(who, right, isWrongPassword))).code).toBe(
        'portal.step_up_paused',
      );
      expect(right).not.toHaveBeenCalled();
    });
  });
}

describe('with the in-memory store', () => {
  it('each instance counts on its own', async () => {
    const one = passwordAttempts(memoryCounters, policies);
    const other = passwordAttempts(memoryCounters, policies);
    const who = { userId: 'solo' };
    for (let attempt = 1; attempt <= 5; attempt++) {
      await refusal(one.attempt(who, logto(), isWrongPassword));
    }
    await expect(
      other.attempt(
        who,
        logto(() => 'ok'),
        isWrongPassword,
      ),
    ).resolves.toBe('ok');
  });
});

// One shared memory store stands for one instance; "two instances" share it here.
behaviour('in memory', () => {
  const counters: CounterStore = (options) => memoryCounters(options);
  const store = new Map<string, ReturnType<CounterStore>>();
  const shared: CounterStore = (options) => {
    const key = JSON.stringify(options);
    if (!store.has(key)) store.set(key, counters(options));
    return store.get(key) as ReturnType<CounterStore>;
  };
  return [shared, shared];
});

describe.skipIf(!redisInstalled)(
  `with Redis${redisInstalled ? '' : ` (skipped: ${redisSkipReason})`}`,
  () => {
    let redis: TestRedis;
    let stores: [CounterStore, CounterStore];
    beforeAll(async () => {
      redis = await startRedis();
      stores = [redisCounters(await redis.connect()), redisCounters(await redis.connect())];
    });
    beforeEach(async () => {
      await redis.flush();
    });
    afterAll(async () => {
      await redis?.stop();
    });
    behaviour('Redis', () => stores);
  },
);
