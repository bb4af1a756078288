/* global console */
// Prints one closing line, "N passed, N failed", that any CI reads.
function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load counts as a failure even with no test results.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
