// The guide pages: Markdown in docs/guide/ (readable on GitHub too, where README links to them),
// rendered into the site's pages. A line `<!-- api:NAME -->` places a generated reference table
// (see reference.mjs). Links are mapped to the site: `x.md#a` to `x.html#a`, the demo and the
// manifest to their copies; other repository files keep their text without a link. A link to a
// file that does not exist fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { markdown } from './markdown.mjs';

export const GUIDE_DIR = 'docs/guide';

/** The guide pages, in the order of the documentation's menu: [name, menu label, summary]. */
export const GUIDES = [
  ['using', 'Using it', 'Zoom, pan, story mode, clusters, swimlanes, phones, the list view.'],
  ['data-formats', 'Data formats', 'Event fields, dates, JSON, CSV, TimelineJS, bad input.'],
  ['theming', 'Theming', 'Light and dark, colours, custom properties, parts.'],
  ['deep-links', 'Deep links', 'The URL fragment that selects an event and a window.'],
  ['frameworks', 'Frameworks and SSR', 'TypeScript, React, Vue, Svelte, Angular, servers.'],
  ['accessibility', 'Accessibility', 'Keyboard, screen readers, contrast, touch, languages.'],
  ['security', 'Security and CSP', 'Any data is text; strict CSP and Trusted Types.'],
  ['performance', 'Performance and size', 'Bundle size, chunks, big data, the benchmark.'],
  ['api', 'API reference', 'Attributes, properties, methods, events, parts, CSS properties.'],
];

/** Where a guide's link points on the site (null: no page there, keep the text). */
export function siteLink(href, from) {
  if (/^[a-z][a-z+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const [file, anchor] = href.split('#');
  const target = posix.normalize(posix.join(GUIDE_DIR, file));
  if (!existsSync(target)) throw new Error(`${from}: the link ${href} points at nothing`);
  const hash = anchor ? `#${anchor}` : '';
  if (posix.dirname(target) === GUIDE_DIR && target.endsWith('.md'))
    return `${posix.basename(target, '.md')}.html${hash}`;
  if (target.startsWith('demo/') || target === 'custom-elements.json') return target + hash;
  if (target === 'README.md') return `index.html${hash}`;
  return null;
}

/** One guide page: `{ title, html, headings }`, with the generated tables in place. */
export function renderGuide(name, generated) {
  const from = `${GUIDE_DIR}/${name}.md`;
  const pieces = readFileSync(from, 'utf8').split(/^<!-- api:([\w-]+) -->$/m);
  const page = { title: '', html: '', headings: [] };
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) {
      if (!(piece in generated)) throw new Error(`${from}: no generated table "${piece}"`);
      page.html += `\n${generated[piece]}\n`;
      return;
    }
    const part = markdown(piece, { link: (href) => siteLink(href, from) });
    page.title ||= part.title;
    page.html += part.html;
    page.headings.push(...part.headings);
  });
  if (!page.title) throw new Error(`${from} has no # title`);
  return page;
}
