// `npm run bench`: ai-timeline against vis-timeline and timelines-chart on the same synthetic
// events, in headless Chromium. See bench/README.md for the method and how to read the output.
//
//   node scripts/bench.mjs [--n 1000,10000,100000] [--lib ai-timeline,vis-timeline,...]
//                          [--runs K] [--timeout SECONDS] [--seed S] [--no-build]
//                          [--screenshots DIR]   (PNGs of each view, to check the set-up by eye)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { measure } from './bench/measure.mjs';
import {
  formatRatios,
  formatSummary,
  formatTargets,
  ratios,
  summarise,
  targets,
} from './bench/report.mjs';

const LIBS = ['ai-timeline', 'vis-timeline', 'timelines-chart'];
const BUNDLES = {
  'ai-timeline': 'dist/ai-timeline.min.js',
  'vis-timeline': 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  'timelines-chart': 'node_modules/timelines-chart/dist/timelines-chart.min.js',
};

const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '1000,10000,100000' },
    lib: { type: 'string', default: LIBS.join(',') },
    runs: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '180' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    screenshots: { type: 'string' },
  },
});
const sizes = options.n.split(',').map((s) => Number(s.replace(/_/g, '')));
const libs = options.lib.split(',');
const runs = Number(options.runs);
const timeoutMs = Number(options.timeout) * 1000;
const seed = Number(options.seed);
const screenshots = options.screenshots;
if (screenshots) mkdirSync(screenshots, { recursive: true });
for (const lib of libs) if (!LIBS.includes(lib)) fail(`unknown library ${lib}; one of ${LIBS}`);
if (sizes.some((n) => !(n > 0)) || !(runs > 0) || !(timeoutMs > 0))
  fail('bad --n, --runs or --timeout');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

if (!options['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) fail('npm run build failed');
}

/** Minified and gzipped size, as scripts/size.mjs measures it (gzip level 9). */
function bundleSize(file) {
  const code = readFileSync(file);
  return { file, minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
const bundles = Object.fromEntries(libs.map((lib) => [lib, bundleSize(BUNDLES[lib])]));

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const baseUrl = `http://127.0.0.1:${server.server.address().port}`;
const executablePath =
  findChrome() ?? fail('no Chrome or Chromium found: install one or set CHROME_PATH');

const launch = () =>
  puppeteer.launch({
    executablePath,
    headless: true,
    // A stuck page must hit our deadline first, not puppeteer's.
    protocolTimeout: timeoutMs + 120_000,
    args: ['--no-sandbox', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
let browser = await launch();
const browserVersion = await browser.version();

// Sizes outermost and libraries innermost, so drift in the machine's load spreads over all.
const results = [];
for (const n of sizes) {
  for (let run = 1; run <= runs; run++) {
    for (const lib of libs) {
      // A run that timed out will time out again: spend the deadline once per library and size.
      if (results.some((r) => r.lib === lib && r.n === n && r.status.startsWith('timeout'))) {
        continue;
      }
      const started = Date.now();
      const { result, browserHealthy } = await measure(browser, baseUrl, lib, n, {
        seed,
        timeoutMs,
        screenshots,
      });
      result.run = run;
      results.push(result);
      const render = result.firstRenderMs?.toFixed(1) ?? '–';
      console.log(
        `${lib} N=${n} run ${run}/${runs}: ${result.status}, first render ${render} ms ` +
          `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      if (!browserHealthy) {
        // The page would not close (a renderer stuck in a long task): start afresh.
        browser.process()?.kill('SIGKILL');
        browser = await launch();
      }
    }
  }
}
await browser.close();
await server.stop();

const summary = summarise(results, libs, sizes);
const peerRatios = ratios(summary);
const aiBundle = bundles['ai-timeline'] ?? bundleSize(BUNDLES['ai-timeline']);
const goals = targets(summary, aiBundle, sizes);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nChromium ${browserVersion}, ${cpus().length} cores; ${runs} run(s) each, seed ${seed}`,
);
console.log('Times in ms. Frame figures are rAF deltas over 120 zoom steps / 60 pan steps;');
console.log('"main/step" is main-thread task time per step (DevTools TaskDuration).\n');
console.log(formatSummary(summary));
const apiDriven = summary.filter((r) => r.zoomDriver === 'api' || r.panDriver === 'api');
for (const lib of new Set(apiDriven.map((r) => r.lib))) {
  console.log(`\n* ${lib} has no wheel zoom or drag pan: both are driven through its zoomX() API,`);
  console.log('  one window per frame, through the same sequence of windows.');
}
console.log('\nBundles (min / min+gzip):');
for (const [lib, b] of Object.entries(bundles)) {
  console.log(`  ${lib.padEnd(16)} ${kb(b.minBytes).padStart(9)}  ${kb(b.gzipBytes).padStart(8)}`);
}
if (peerRatios.length > 0) {
  console.log('\nPeer / ai-timeline (above 1× means ai-timeline is faster):\n');
  console.log(formatRatios(peerRatios));
}
console.log('\nai-timeline targets:\n');
console.log(formatTargets(goals));

const report = {
  date: new Date().toISOString(),
  environment: {
    chromium: browserVersion,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
  },
  options: { sizes, libs, runs, timeoutMs, seed },
  bundles,
  summary,
  ratios: peerRatios,
  targets: goals,
  runs: results,
};
mkdirSync('bench/results', { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
const json = JSON.stringify(report, null, 2) + '\n';
writeFileSync(`bench/results/${stamp}.json`, json);
writeFileSync('bench/results/latest.json', json);
console.log(`\nwrote bench/results/${stamp}.json and bench/results/latest.json`);
