// Prints the CDN bundle's size, minified and gzipped: the figure users pay for. Fails above the
// budget (40 KB min+gzip) so that no change makes the one-tag install heavier unnoticed.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// SIZE_BUDGET_KB overrides the budget only so that a test can see the check fail.
const BUDGET = Number(process.env.SIZE_BUDGET_KB ?? 40) * 1024;
const file = 'dist/ai-timeline.min.js';
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} min, ${kb(gzip)} min+gzip (budget ${kb(BUDGET)})`);
// What loads on first use, beside it (the overview, export, inputs other than JSON, languages…).
for (const name of readdirSync('dist/chunks').sort()) {
  if (!name.endsWith('.js')) continue;
  const chunk = gzipSync(readFileSync(`dist/chunks/${name}`), { level: 9 }).length;
  console.log(`  on first use: dist/chunks/${name} ${kb(chunk)} min+gzip`);
}
if (gzip > BUDGET) {
  console.error(`${file} is over its ${kb(BUDGET)} min+gzip budget by ${kb(gzip - BUDGET)}.`);
  process.exit(1);
}
// The bundle is for every page: React and its bindings stay out (only ai-timeline/react uses them).
const { sources } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const banned = sources.filter((source) =>
  /node_modules\/(react|react-dom|@lit\/react|@lit-labs\/ssr)\/|^(react|jsx)\.js$/.test(source),
);
if (banned.length > 0) {
  console.error(`${file} bundles ${banned.join(', ')}, which only optional entry points may use.`);
  process.exit(1);
}
// d3-color serves only d3-brush's animated moves, in the overview chunk: the entry gets it back if
// d3-interpolate stops shipping one module per function (see rollup.config.mjs).
const misplaced = sources.filter((source) => /node_modules\/d3-(color|brush)\//.test(source));
if (misplaced.length > 0) {
  console.error(`${file} bundles ${misplaced.join(', ')}, which belong in the overview chunk.`);
  process.exit(1);
}
