// Builds the documentation site into site/ (run after `npm run build`): a static folder that can
// be published as it is. Pages share one layout and load the CDN bundle copied beside them.
//   index.html       the reference timeline up front, install and use (docs/site/home.html)
//   playground.html  edit attributes and data, see the timeline, copy the HTML
//   gallery.html     dense data, swimlanes, Italian, dark, vertical, TimelineJS, CSV
//   <guide>.html     one page per Markdown file of docs/guide/ (scripts/docs/guides.mjs): using,
//                    data formats, theming, deep links, frameworks, accessibility, security,
//                    performance, and api.html, whose tables are generated from
//                    custom-elements.json (scripts/docs/reference.mjs: the only place the API is
//                    written is the element's JSDoc, which the manifest is generated from)
//   demo/            the demo article and the custom theme from demo/, as `npm start` serves them
// Built by `npm run build` first: the event fields as the element reads them.
import { EVENT_FIELDS } from '../dist/model/types.js';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';
import { csvData, denseData, timelineJsData } from './docs/data.mjs';
import { GUIDES, renderGuide } from './docs/guides.mjs';
import { guideBody, guideCards, layout } from './docs/layout.mjs';
import { escape } from './docs/markdown.mjs';
import { findElement, prose, referenceTables } from './docs/reference.mjs';

const OUT = 'site';
const SRC = 'docs/site';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const [major, minor] = pkg.version.split('.');
const range = major === '0' ? `${major}.${minor}` : major;
const cdn = `https://cdn.jsdelivr.net/npm/ai-timeline@${range}/dist/ai-timeline.min.js`;
const bundle = readFileSync('dist/ai-timeline.min.js');
const bundleSize = Math.round(gzipSync(bundle, { level: 9 }).length / 1024);
const reference = JSON.parse(readFileSync('demo/meta-ai-2025.en.json', 'utf8'));

const page = (file, title, body) => layout({ file, title, body, pkg, cdn });

function fill(template) {
  return template
    .replaceAll('{{bundleSize}}', String(bundleSize))
    .replaceAll('{{major}}', range)
    .replaceAll('{{cdn}}', cdn)
    .replaceAll('{{guides}}', guideCards());
}

// -- Gallery -----------------------------------------------------------------------------------

function galleryPage() {
  const entries = JSON.parse(readFileSync(`${SRC}/gallery.json`, 'utf8'));
  const tag = (attributes) =>
    `<ai-timeline\n${Object.entries(attributes)
      .map(([name, value]) => `  ${name}="${escape(value)}"`)
      .join('\n')}\n></ai-timeline>`;
  const figures = entries.map((entry) => {
    const timeline = tag(entry.attributes);
    const shown =
      entry.attributes.theme === 'dark' ? `<div class="dark-backdrop">${timeline}</div>` : timeline;
    return `<figure id="${entry.id}">
  <figcaption><h2>${escape(entry.title)}</h2><p>${prose(entry.text)}</p></figcaption>
  ${shown}
  <details><summary>HTML</summary><pre><code>${escape(timeline)}</code></pre></details>
</figure>`;
  });
  const body = `<h1>Gallery</h1>
<p class="lede">The same element, configured by its attributes. Each example's HTML is below it.</p>
<div class="gallery">
${figures.join('\n')}
</div>`;
  return page('gallery.html', 'Gallery', body);
}

// -- Build -------------------------------------------------------------------------------------

rmSync(OUT, { recursive: true, force: true });
for (const dir of [OUT, `${OUT}/data`, `${OUT}/gallery`, `${OUT}/demo`])
  mkdirSync(dir, { recursive: true });

copyFileSync('dist/ai-timeline.min.js', `${OUT}/ai-timeline.min.js`);
copyFileSync('dist/ai-timeline.min.js.map', `${OUT}/ai-timeline.min.js.map`);
// The bundle loads what only some pages need from chunks/ beside it.
cpSync('dist/chunks', `${OUT}/chunks`, { recursive: true });
copyFileSync('custom-elements.json', `${OUT}/custom-elements.json`);
for (const file of ['site.css', 'playground.js']) copyFileSync(`${SRC}/${file}`, `${OUT}/${file}`);

// The demo article and the custom theme demo, pointed at the bundle one level up.
for (const file of readdirSync('demo')) {
  if (file.endsWith('.json')) copyFileSync(`demo/${file}`, `${OUT}/data/${file}`);
  if (file.endsWith('.html')) {
    const html = readFileSync(`demo/${file}`, 'utf8');
    const fixed = html.replace('../dist/ai-timeline.min.js', '../ai-timeline.min.js');
    if (fixed === html) throw new Error(`demo/${file} no longer loads ../dist/ai-timeline.min.js`);
    writeFileSync(`${OUT}/demo/${file}`, fixed);
  } else {
    copyFileSync(`demo/${file}`, `${OUT}/demo/${file}`);
  }
}

writeFileSync(`${OUT}/gallery/dense-2024.json`, JSON.stringify(denseData(), null, 1));
writeFileSync(
  `${OUT}/gallery/meta-ai-2025.timelinejs.json`,
  JSON.stringify(timelineJsData(reference), null, 2),
);
writeFileSync(`${OUT}/gallery/meta-ai-2025.csv`, csvData(reference, EVENT_FIELDS));

const pages = {
  'index.html': page(
    'index.html',
    'A zoomable timeline web component',
    fill(readFileSync(`${SRC}/home.html`, 'utf8')),
  ),
  'playground.html': page(
    'playground.html',
    'Playground',
    fill(readFileSync(`${SRC}/playground.html`, 'utf8')),
  ),
  'gallery.html': galleryPage(),
};
const tables = referenceTables(findElement(manifest));
for (const [name] of GUIDES) {
  const guide = renderGuide(name, tables);
  pages[`${name}.html`] = page(`${name}.html`, guide.title, guideBody(name, guide));
}
for (const [file, html] of Object.entries(pages)) writeFileSync(`${OUT}/${file}`, html);
console.log(
  `docs site -> ${OUT}/ (${Object.keys(pages).length} pages and the demo; open ${OUT}/index.html through a server, e.g. npx @web/dev-server --root-dir ${OUT})`,
);
