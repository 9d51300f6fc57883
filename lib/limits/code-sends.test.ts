import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { AccountApiError } from '@/lib/errors';
import { codeSends, maxNewAddressesPerHour, type CodeDestination } from '@/lib/limits/code-sends';
import { memoryCounters, redisCounters, type CounterStore } from '@/lib/limits/store';
import {
  redisInstalled,
  redisSkipReason,
  startRedis,
  type TestRedis,
} from '@/lib/limits/test-support';

const email = (value: string): CodeDestination => ({ type: 'email', value });

/** Logto's send endpoint as the limiter sees it: counts how many codes went out. */
const logto = (fail = false) =>
  vi.fn(async () => {
    if (fail) throw new AccountApiError(503, 'portal.unreachable', 'Down.');
    return { verificationRecordId: 'record', expiresAt: '2030-01-01T00:00:00Z' };
  });

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
  describe(`code sends (${name})`, () => {
    const userId = 'user-1';

    it('twenty parallel sends send one code', async () => {
      const limits = codeSends(stores()[0], { resendSeconds: 60 });
      const send = logto();
      const who = { userId, destination: email('ada@example.com'), purpose: 'stepUp' as const };
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => limits.send(who, send)),
      );
      expect(send).toHaveBeenCalledTimes(1);
      const refused = results.filter((result) => result.status === 'rejected');
      expect(refused).toHaveLength(19);
      for (const result of refused) {
        expect(result.reason).toMatchObject({ status: 429, code: 'portal.code_resend_wait' });
        expect(result.reason.retryAfter).toBeGreaterThanOrEqual(59);
        expect(result.reason.retryAfter).toBeLessThanOrEqual(60);
      }
    });

    it('the wait is per user and per address, whatever the case of the email address', async () => {
      const limits = codeSends(stores()[0], { resendSeconds: 60 });
      const send = logto();
      const purpose = 'newAddress' as const;
      await limits.send({ userId, destination: email('ada@example.com'), purpose }, send);
      const again = { userId, destination: email(' ADA@example.com '), purpose };
      expect((await refusal(limits.send(again, send))).code).toBe('portal.code_resend_wait');
      await limits.send({ userId, destination: email('lovelace@example.com'), purpose }, send);
      await limits.send({ userId: 'user-2', destination: email('ada@example.com'), purpose }, send);
      const phone = { type: 'phone', value: '81 90-1234-5678' } as const;
      await limits.send({ userId, destination: phone, purpose }, send);
      const samePhone = { type: 'phone', value: '819012345678' } as const;
      expect(
        (await refusal(limits.send({ userId, destination: samePhone, purpose }, send))).code,
      ).toBe('portal.code_resend_wait');
      expect(send).toHaveBeenCalledTimes(4);
    });

    it('another code can be sent once LOGTO_CODE_RESEND_SECONDS have passed', async () => {
      const limits = codeSends(stores()[0], { resendSeconds: 1 });
      const send = logto();
      const who = { userId, destination: email('ada@example.com'), purpose: 'stepUp' as const };
      await limits.send(who, send);
      await refusal(limits.send(who, send));
      await sleep(1100);
      await limits.send(who, send);
      expect(send).toHaveBeenCalledTimes(2);
    });

    it('a send that failed can be tried again at once', async () => {
      const limits = codeSends(stores()[0], { resendSeconds: 60 });
      const who = { userId, destination: email('ada@example.com'), purpose: 'newAddress' as const };
      expect((await refusal(limits.send(who, logto(true)))).code).toBe('portal.unreachable');
      const send = logto();
      await limits.send(who, send);
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('codes go to at most five new addresses an hour; those five can have codes again', async () => {
      expect(maxNewAddressesPerHour).toBe(5);
      const limits = codeSends(stores()[0], { resendSeconds: 0 });
      const send = logto();
      const purpose = 'newAddress' as const;
      for (let n = 1; n <= 5; n++) {
        await limits.send({ userId, destination: email(`ada${n}@example.com`), purpose }, send);
      }
      const sixth = await refusal(
        limits.send({ userId, destination: email('ada6@example.com'), purpose }, send),
      );
      expect(sixth).toMatchObject({ status: 429, code: 'portal.too_many_addresses' });
      expect(sixth.retryAfter).toBeGreaterThan(3500);
      await limits.send({ userId, destination: email('ada1@example.com'), purpose }, send);
      await limits.send(
        { userId: 'user-2', destination: email('ada6@example.com'), purpose },
        send,
      );
      expect(send).toHaveBeenCalledTimes(7);
    });

    it('failed sends and step-up codes do not count as new addresses', async () => {
      const limits = codeSends(stores()[0], { resendSeconds: 0 });
      for (let n = 1; n <= 5; n++) {
        const who = {
          userId,
          destination: email(`typo${n}@example.com`),
          purpose: 'newAddress' as const,
        };
        await refusal(limits.send(who, logto(true)));
      }
      for (let n = 1; n <= 5; n++) {
        await limits.send(
          { userId, destination: email(`me${n}@example.com`), purpose: 'stepUp' },
          logto(),
        );
      }
      const send = logto();
      for (let n = 1; n <= 5; n++) {
        const who = {
          userId,
          destination: email(`new${n}@example.com`),
          purpose: 'newAddress' as const,
        };
        await limits.send(who, send);
      }
      expect(send).toHaveBeenCalledTimes(5);
    });

    it('two instances share the wait', async () => {
      const [first, second] = stores();
      const who = { userId, destination: email('ada@example.com'), purpose: 'stepUp' as const };
      await codeSends(first, { resendSeconds: 60 }).send(who, logto());
      const send = logto();
      const refused = await refusal(codeSends(second, { resendSeconds: 60 }).send(who, send));
      expect(refused.code).toBe('portal.code_resend_wait');
      expect(send).not.toHaveBeenCalled();
    });
  });
}

// Inside one instance every limit shares one memory; "two instances" share it here too.
behaviour('in memory', () => {
  const limiters = new Map<string, ReturnType<CounterStore>>();
  const shared: CounterStore = (options) => {
    const key = JSON.stringify(options);
    if (!limiters.has(key)) limiters.set(key, memoryCounters(options));
    return limiters.get(key) as ReturnType<CounterStore>;
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
