// The CDN bundle's size budget (scripts/size.mjs, run by every build) passes at 40 KB and fails
// the build when the bundle is over it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const size = (budgetKb) =>
  spawnSync(process.execPath, ['scripts/size.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, ...(budgetKb && { SIZE_BUDGET_KB: String(budgetKb) }) },
  });

test('the bundle is within its 40 KB min+gzip budget', () => {
  const run = size();
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /min\+gzip \(budget 40\.0 KB\)/);
});

test('a bundle over the budget fails the check', () => {
  const run = size(10);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /is over its 10\.0 KB min\+gzip budget/);
});
