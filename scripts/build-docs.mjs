// Builds the documentation site into site/ (run after `npm run build`): a static folder that can
// be published as it is. Pages share one layout and load the CDN bundle copied beside them.
//   index.html       the reference timeline up front, install and use
//   playground.html  edit attributes and data, see the timeline, copy the HTML
//   gallery.html     dense data, swimlanes, Italian, dark, vertical, TimelineJS, CSV
//   api.html         generated here from custom-elements.json (the only place the API is written
//                    is the element's JSDoc, which the manifest is generated from)
//   demo/            the demo article from demo/, as `npm start` serves it
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

const escape = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
/** Plain text from the JSDoc, with `code` spans. */
const prose = (text = '') => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const pages = [
  ['index.html', 'Home'],
  ['playground.html', 'Playground'],
  ['gallery.html', 'Gallery'],
  ['api.html', 'API'],
  ['demo/index.html', 'Demo article'],
];

function layout(file, title, body) {
  const nav = pages
    .map(
      ([href, label]) =>
        `<a href="${href}"${href === file ? ' aria-current="page"' : ''}>${label}</a>`,
    )
    .join('\n        ');
  return `<!doctype html>
<html lang="en" data-cdn="${cdn}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · ai-timeline</title>
    <meta name="description" content="${escape(pkg.description)}" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="site.css" />
    <script type="module" src="ai-timeline.min.js"></script>
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="index.html">ai-timeline</a>
      <nav aria-label="Site">
        ${nav}
      </nav>
    </header>
    <main>
${body}
    </main>
    <footer>
      ai-timeline ${escape(pkg.version)} · MIT licence · <code>npm install ai-timeline</code>
    </footer>
  </body>
</html>
`;
}

function fill(template) {
  return template
    .replaceAll('{{bundleSize}}', String(bundleSize))
    .replaceAll('{{major}}', range)
    .replaceAll('{{cdn}}', cdn);
}

// -- API reference, from the manifest ---------------------------------------------------------

function apiPage() {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === 'ai-timeline');
  if (!element) throw new Error('custom-elements.json has no <ai-timeline> declaration');
  const type = (t) => (t?.text ? `<code>${escape(t.text)}</code>` : '');
  const table = (head, rows) =>
    rows.length === 0
      ? '<p>None.</p>'
      : `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
  const members = element.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  const signature = (m) =>
    `<code>${escape(m.name)}(${(m.parameters ?? [])
      .map((p) => `${p.name}${p.optional || p.default ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
      .map(escape)
      .join(', ')}): ${escape(m.return?.type?.text ?? 'void')}</code>`;
  const sections = [
    ['attributes', 'Attributes'],
    ['properties', 'Properties'],
    ['methods', 'Methods'],
    ['events', 'Events'],
    ['parts', 'CSS parts'],
    ['css-properties', 'CSS custom properties'],
  ];
  const body = `<div class="api">
<h1>API reference: <code>&lt;ai-timeline&gt;</code></h1>
<p class="lede">${prose(element.summary ?? element.description)}</p>
<p>Generated from <a href="custom-elements.json"><code>custom-elements.json</code></a>, the
<a href="https://github.com/webcomponents/custom-elements-manifest">Custom Elements Manifest</a>
that ships with the package (editors and tools read it too). Class <code>${escape(element.name)}</code>,
tag <code>${escape(element.tagName)}</code>.</p>
<ul class="toc">${sections.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul>

<h2 id="attributes">Attributes</h2>
${table(
  ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  (element.attributes ?? []).map((a) => [
    `<code>${escape(a.name)}</code>`,
    a.fieldName ? `<code>${escape(a.fieldName)}</code>` : '',
    type(a.type),
    a.default !== undefined ? `<code>${escape(a.default)}</code>` : '',
    prose(a.description),
  ]),
)}

<h2 id="properties">Properties</h2>
${table(
  ['Property', 'Attribute', 'Type', 'Default', 'Description'],
  fields.map((f) => [
    `<code>${escape(f.name)}</code>${f.readonly ? ' (read-only)' : ''}`,
    f.attribute ? `<code>${escape(f.attribute)}</code>` : '',
    type(f.type),
    f.default !== undefined ? `<code>${escape(f.default)}</code>` : '',
    prose(f.description),
  ]),
)}

<h2 id="methods">Methods</h2>
${table(
  ['Method', 'Description'],
  methods.map((m) => [signature(m), prose(m.description)]),
)}

<h2 id="events">Events</h2>
<p>All bubble and are composed. Listen with
<code>addEventListener('ai-timeline-select', (e) =&gt; e.detail.event)</code>, typed in TypeScript.</p>
${table(
  ['Event', 'Type', 'Description'],
  (element.events ?? []).map((e) => [
    `<code>${escape(e.name)}</code>`,
    type(e.type),
    prose(e.description),
  ]),
)}

<h2 id="parts">CSS parts</h2>
<p>Style them from the page with <code>ai-timeline::part(name)</code>.</p>
${table(
  ['Part', 'Description'],
  (element.cssParts ?? []).map((p) => [`<code>${escape(p.name)}</code>`, prose(p.description)]),
)}

<h2 id="css-properties">CSS custom properties</h2>
${table(
  ['Property', 'Default', 'Description'],
  (element.cssProperties ?? []).map((p) => [
    `<code>${escape(p.name)}</code>`,
    p.default ? `<code>${escape(p.default)}</code>` : '',
    prose(p.description),
  ]),
)}
</div>`;
  return layout('api.html', 'API reference', body);
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
  return layout('gallery.html', 'Gallery', body);
}

/** A deterministic pseudo-random generator (mulberry32), so the dense data set never changes. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function denseData() {
  const next = random(2024);
  const categories = ['release', 'research', 'policy', 'funding', 'people', 'hardware'];
  const subjects = ['model', 'paper', 'chip', 'lab', 'rule', 'round', 'hire', 'benchmark'];
  const verbs = ['announced', 'shipped', 'delayed', 'approved', 'raised', 'opened', 'revised'];
  const pick = (list) => list[Math.floor(next() * list.length)];
  const capitalise = (word) => word[0].toUpperCase() + word.slice(1);
  const events = [];
  for (let i = 1; i <= 300; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 366) * 86_400_000);
    events.push({
      id: `e${i}`,
      start: day.toISOString().slice(0, 10),
      title: `${capitalise(pick(subjects))} ${i} ${pick(verbs)}`,
      category: pick(categories),
      importance: 1 + Math.floor(next() * 5),
    });
  }
  return { title: 'A busy year', events };
}

/** The reference data set as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html). */
function timelineJsData() {
  const date = (value) => {
    const [year, month, day] = value.split('-');
    return {
      year,
      ...(month && { month: String(Number(month)) }),
      ...(day && { day: String(Number(day)) }),
    };
  };
  const slide = (event) => ({
    unique_id: event.id,
    start_date: date(event.start),
    ...(event.end && { end_date: date(event.end) }),
    text: { headline: event.title, ...(event.description && { text: event.description }) },
    ...(event.category && { group: event.category }),
  });
  return {
    title: { text: { headline: reference.title, text: 'Exported from TimelineJS' } },
    events: reference.events.filter((e) => e.type !== 'era').map(slide),
    eras: reference.events.filter((e) => e.type === 'era').map(slide),
  };
}

/** The reference data set as CSV (RFC 4180), one column per event field. */
function csvData() {
  const columns = EVENT_FIELDS;
  const cell = (value) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...reference.events.map((e) => columns.map((c) => e[c]))]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
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

// The demo article, pointed at the bundle one level up.
for (const file of readdirSync('demo')) {
  if (file.endsWith('.json')) copyFileSync(`demo/${file}`, `${OUT}/data/${file}`);
  if (file === 'index.html') {
    const html = readFileSync('demo/index.html', 'utf8');
    const fixed = html.replace('../dist/ai-timeline.min.js', '../ai-timeline.min.js');
    if (fixed === html)
      throw new Error('demo/index.html no longer loads ../dist/ai-timeline.min.js');
    writeFileSync(`${OUT}/demo/index.html`, fixed);
  } else {
    copyFileSync(`demo/${file}`, `${OUT}/demo/${file}`);
  }
}

writeFileSync(`${OUT}/gallery/dense-2024.json`, JSON.stringify(denseData(), null, 1));
writeFileSync(
  `${OUT}/gallery/meta-ai-2025.timelinejs.json`,
  JSON.stringify(timelineJsData(), null, 2),
);
writeFileSync(`${OUT}/gallery/meta-ai-2025.csv`, csvData());

writeFileSync(
  `${OUT}/index.html`,
  layout(
    'index.html',
    'A zoomable timeline web component',
    fill(readFileSync(`${SRC}/home.html`, 'utf8')),
  ),
);
writeFileSync(
  `${OUT}/playground.html`,
  layout('playground.html', 'Playground', fill(readFileSync(`${SRC}/playground.html`, 'utf8'))),
);
writeFileSync(`${OUT}/gallery.html`, galleryPage());
writeFileSync(`${OUT}/api.html`, apiPage());
console.log(
  `docs site -> ${OUT}/ (${pages.length} pages; open ${OUT}/index.html through a server, e.g. npx @web/dev-server --root-dir ${OUT})`,
);
