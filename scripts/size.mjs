// Prints the CDN bundle's size, minified and gzipped: the figure users pay for. Chunks loaded on
// first use (the overview, export, deep links…) are listed after it.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const report = (file) => {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  return `${file}: ${kb(code.length)} min, ${kb(gzip)} min+gzip`;
};
console.log(report('dist/ai-timeline.min.js'));
for (const name of readdirSync('dist').sort()) {
  if (/^ai-timeline-.+\.min\.js$/.test(name))
    console.log(`  on first use: ${report(`dist/${name}`)}`);
}
