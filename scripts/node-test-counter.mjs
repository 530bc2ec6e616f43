// A node:test reporter that only counts, so scripts/test.mjs can add node tests to the browser tests.
export default async function* counter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count only leaf tests (details.type === 'test').
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) counts.skipped += 1;
      else counts.passed += 1;
    } else if (event.type === 'test:fail' && event.data.details?.type !== 'suite') {
      counts.failed += 1;
    } else if (event.type === 'test:fail' && event.data.details?.type === 'suite' && event.data.details?.error?.failureType !== 'subtestsFailed') {
      counts.failed += 1; // a suite hook or a file that threw while loading
    }
  }
  yield JSON.stringify(counts);
}
