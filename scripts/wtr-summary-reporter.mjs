// web-test-runner's own summary carries a progress-bar prefix; this reporter prints a plain
// `N passed, N failed` line last and leaves the counts in .test-results/browser.json for scripts/test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test has no test results but must not pass silently.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(counts));
      process.on('exit', () => console.log(`${counts.passed} passed, ${counts.failed} failed`));
    },
  };
}
