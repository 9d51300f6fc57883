import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/** Ends the run with one line CI can read: `e2e: N passed, N failed, N skipped`. */
export default class SummaryReporter implements Reporter {
  private tests: TestCase[] = [];

  onBegin(_config: unknown, suite: { allTests(): TestCase[] }) {
    this.tests = suite.allTests();
  }

  async onEnd(result: FullResult) {
    const count = (outcome: ReturnType<TestCase['outcome']>) =>
      this.tests.filter((test) => test.outcome() === outcome).length;
    const passed = count('expected') + count('flaky');
    const skipped = count('skipped');
    let failed = count('unexpected');
    if (failed === 0 && result.status !== 'passed') failed = 1;
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
