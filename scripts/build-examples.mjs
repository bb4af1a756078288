// Builds every example in examples/ into build/examples/<name>/ (run after `npm run build`):
// the Vite apps with Vite's JavaScript API and their own vite.config.mjs, and the plain HTML page
// by copying it with the CDN bundle and the reference data beside it, its CDN URL pointed at that
// local copy (the tests run without network).
import { build } from 'vite';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const viteExamples = ['vite-ts', 'react', 'vue', 'svelte'];
const only = process.argv.slice(2);

for (const name of viteExamples.filter((n) => only.length === 0 || only.includes(n))) {
  const started = Date.now();
  await build({
    root: resolve('examples', name),
    configFile: resolve('examples', name, 'vite.config.mjs'),
    logLevel: 'warn',
    build: { outDir: resolve('build/examples', name), emptyOutDir: true },
  });
  console.log(`examples/${name} -> build/examples/${name} (${Date.now() - started} ms)`);
}

if (only.length === 0 || only.includes('html')) {
  const out = 'build/examples/html';
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const page = readFileSync('examples/html/index.html', 'utf8');
  const cdn = /https:\/\/cdn\.jsdelivr\.net\/npm\/ai-timeline@[^/]+\/dist\/ai-timeline\.min\.js/;
  if (!cdn.test(page)) throw new Error('examples/html/index.html has no CDN script tag');
  writeFileSync(`${out}/index.html`, page.replace(cdn, './ai-timeline.min.js'));
  copyFileSync('dist/ai-timeline.min.js', `${out}/ai-timeline.min.js`);
  // The bundle loads what only some pages need from chunks/ beside it.
  cpSync('dist/chunks', `${out}/chunks`, { recursive: true });
  copyFileSync('demo/meta-ai-2025.en.json', `${out}/meta-ai-2025.en.json`);
  console.log(`examples/html -> ${out}`);
}
