// Prints the CDN bundle's size, minified and gzipped: the figure users pay for.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/ai-timeline.min.js';
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} min, ${kb(gzip)} min+gzip`);
