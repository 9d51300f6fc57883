import { beforeEach, expect } from 'vitest';

import { setUpHarness, type Harness } from './harness';
import { mfaClient, type MfaClient } from './mfa';
import { verificationClient, type VerificationClient } from './verification';

/** What an MFA contract test works with: the stand-in, its clients and a fresh user token. */
export type MfaSuite = { h: Harness; m: MfaClient; v: VerificationClient; token: string };

/** Starts the stand-in for an MFA test file; the suite's fields are fresh in every test. */
export function setUpMfaSuite(): MfaSuite {
  const suite = {} as MfaSuite;
  setUpHarness((harness) => {
    suite.h = harness;
    suite.m = mfaClient(harness);
    suite.v = verificationClient(harness);
  });
  beforeEach(async () => {
    suite.token = await suite.h.token();
  });
  return suite;
}

/** An error answer carrying Logto's code. */
export const apiError = (status: number, code: string) => ({
  status,
  body: expect.objectContaining({ code }) as unknown,
});
