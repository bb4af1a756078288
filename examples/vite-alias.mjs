// The examples import `ai-timeline` exactly as an app does. In this repository that name means
// the package being developed, so it is pointed at its build (run `npm run build` first). In your
// own app, `npm install ai-timeline` and leave this alias out.
import { fileURLToPath } from 'node:url';

const dist = (file) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

export const aiTimelineAlias = [
  { find: /^ai-timeline$/, replacement: dist('index.js') },
  { find: /^ai-timeline\/react$/, replacement: dist('react.js') },
];
