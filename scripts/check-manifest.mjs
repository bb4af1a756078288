// Fails when the committed custom-elements.json differs from what the analyzer generates now.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes outdir relative to the working directory; build/ is not committed.
const outdir = 'build/manifest-check';
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, CEM_OUTDIR: outdir },
});
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {
  // Missing counts as stale.
}
if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is current.');
