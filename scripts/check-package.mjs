// Checks the package as npm would publish it (run after `npm run build`):
//  1. publint: package.json fields, exports and files agree and point at real files.
//  2. @arethetypeswrong/cli on the packed tarball, with the esm-only profile: ai-timeline is an
//     ES module package (custom elements need a browser or an ESM server renderer), so
//     `require()` from CommonJS and the legacy node10 resolution (no `exports`) are out of
//     scope; every entry point must resolve with types under node16 (from ESM) and bundler.
//  3. `npm pack --dry-run`: the tarball holds what users need and nothing else (dist/, the
//     manifest, README, LICENSE, CHANGELOG), and every `exports` target is in it.
//  4. `npm publish --dry-run` passes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
const run = (command, args) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function step(name, check) {
  try {
    check();
    console.log(`ok   ${name}`);
  } catch (error) {
    failures.push(name);
    console.error(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
  }
}

step('publint (strict)', () => {
  const out = run('npx', ['publint', '--strict']);
  if (!/All good!/.test(out)) throw new Error(out);
});

step('attw --pack --profile esm-only', () => {
  // Exits non-zero on any problem that the profile does not ignore.
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']);
});

step('npm pack --dry-run holds exactly what users need', () => {
  const [{ files }] = JSON.parse(run('npm', ['pack', '--dry-run', '--json']));
  const paths = files.map((f) => f.path).sort();
  const rootFiles = [
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'custom-elements.json',
    'package.json',
  ];
  const allowed = (path) =>
    rootFiles.includes(path) || /^dist\/[\w./-]+\.(js|d\.ts|js\.map)$/.test(path);
  const unexpected = paths.filter((path) => !allowed(path));
  if (unexpected.length) throw new Error(`unexpected files: ${unexpected.join(', ')}`);
  const targets = new Set(rootFiles);
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else for (const inner of Object.values(value)) collect(inner);
  };
  collect(pkg.exports);
  const missing = [...targets].filter((path) => !paths.includes(path));
  if (missing.length) throw new Error(`missing files: ${missing.join(', ')}`);
  // Every module ships with its types; source maps carry their sources (nothing points at src/).
  // The CDN bundle and the chunks it loads on demand are not modules to import from.
  const bundled = (p) => p === 'dist/ai-timeline.min.js' || p.startsWith('dist/chunks/');
  for (const path of paths.filter((p) => /\.js$/.test(p) && !bundled(p))) {
    if (!paths.includes(path.replace(/\.js$/, '.d.ts'))) throw new Error(`${path} has no .d.ts`);
  }
  for (const path of paths.filter((p) => p.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(path, 'utf8'));
    if (!map.sourcesContent || map.sourcesContent.length !== map.sources.length) {
      throw new Error(`${path} does not embed its sources`);
    }
  }
  console.log(`     ${paths.length} files`);
});

step('npm publish --dry-run', () => {
  run('npm', ['publish', '--dry-run', '--ignore-scripts']);
});

if (failures.length) {
  console.error(`Package checks failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('Package checks passed.');
